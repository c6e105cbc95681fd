import Testing

@testable import KPCSQR

@Suite("Image export and dark runs")
struct ImageTests {
    /// Parses a P4 image into its width and a pixel reader.
    private func parse(_ image: [UInt8]) throws -> (width: Int, height: Int, pixel: (Int, Int) -> Bool) {
        let newlines = image.indices.filter { image[$0] == 0x0A }
        #expect(newlines.count >= 2)
        let headerEnd = try #require(newlines.dropFirst().first) + 1
        let header = String(decoding: image[0..<headerEnd], as: UTF8.self)
        let fields = header.split(whereSeparator: { $0 == "\n" || $0 == " " })
        #expect(fields.first == "P4")
        let width = try #require(Int(fields[1]))
        let height = try #require(Int(fields[2]))
        let rowBytes = (width + 7) / 8
        #expect(image.count == headerEnd + rowBytes * height)
        let pixels = Array(image[headerEnd...])
        return (width, height, { x, y in pixels[y * rowBytes + x / 8] & (0x80 >> UInt8(x % 8)) != 0 })
    }

    @Test(
        "PBM header, size and every pixel match the modules",
        arguments: [(1, 4, 4), (3, 3, 2), (5, 1, 0), (10, 2, 4)])
    func pbmPixels(version: Int, scale: Int, border: Int) throws {
        let code = try QRCode(bytes: Array("pbm \(version)".utf8), minimumVersion: version)
        let image = try parse(code.pbm(scale: scale, border: border))
        let width = (code.size + 2 * border) * scale
        #expect(image.width == width && image.height == width)
        #expect(code.pbm(scale: scale, border: border).starts(with: Array("P4\n\(width) \(width)\n".utf8)))
        for py in 0..<width {
            for px in 0..<width {
                let dark = code.isDark(x: px / scale - border, y: py / scale - border)
                if image.pixel(px, py) != dark {
                    Issue.record("pixel (\(px), \(py)) differs")
                    return
                }
            }
        }
        // Padding bits past the last column stay zero.
        if width % 8 != 0 {
            for py in 0..<width {
                for px in width..<((width + 7) / 8 * 8) {
                    #expect(!image.pixel(px, py))
                }
            }
        }
    }

    @Test("Default PBM: 4 pixels per module and a 4-module quiet zone; bad arguments are clamped")
    func pbmDefaults() throws {
        let code = try QRCode(text: "x")
        #expect(code.pbm().starts(with: Array("P4\n116 116\n".utf8)))
        #expect(code.pbm(scale: 0, border: -3) == code.pbm(scale: 1, border: 0))
        #expect(code.pbm(scale: 1, border: 0).starts(with: Array("P4\n21 21\n".utf8)))
    }

    @Test("Dark runs are maximal, row-ordered and cover exactly the dark modules")
    func darkRuns() throws {
        for text in ["", "runs", String(repeating: "KP1:abc.", count: 40)] {
            let code = try QRCode(text: text)
            let runs = code.darkRuns()
            var covered = Set<Int>()
            for (index, run) in runs.enumerated() {
                #expect(run.length > 0)
                #expect(!code.isDark(x: run.x - 1, y: run.y) && !code.isDark(x: run.x + run.length, y: run.y))
                for x in run.x..<(run.x + run.length) {
                    #expect(code.isDark(x: x, y: run.y))
                    covered.insert(run.y * code.size + x)
                }
                if index > 0 {
                    let previous = runs[index - 1]
                    #expect(previous.y < run.y || (previous.y == run.y && previous.x + previous.length < run.x))
                }
            }
            let darkCount = (0..<(code.size * code.size)).filter {
                code.isDark(x: $0 % code.size, y: $0 / code.size)
            }.count
            #expect(covered.count == darkCount)
            // Top row of a symbol starts with the 7-module finder edge.
            #expect(runs.first.map { [$0.x, $0.y, $0.length] } == [0, 0, 7])
        }
    }
}
