import Testing

@testable import KPCSQR

@Suite("Module matrix")
struct MatrixTests {
    @Test(
        "Alignment pattern centres match ISO/IEC 18004 Annex E",
        arguments: [
            (1, []), (2, [6, 18]), (6, [6, 34]), (7, [6, 22, 38]), (14, [6, 26, 46, 66]),
            (16, [6, 26, 50, 74]), (21, [6, 28, 50, 72, 94]), (32, [6, 34, 60, 86, 112, 138]),
            (36, [6, 24, 50, 76, 102, 128, 154]), (40, [6, 30, 58, 86, 114, 142, 170]),
        ])
    func alignmentPositions(version: Int, expected: [Int]) {
        #expect(QRVersionTable.alignmentPositions(version: version) == expected)
    }

    @Test("The module count formula equals the modules the builder leaves free, for every version")
    func dataModulesMatchBuilder() {
        for version in QRVersionTable.versions {
            let builder = QRMatrixBuilder(version: version)
            let size = QRVersionTable.size(version: version)
            var free = 0
            for y in 0..<size {
                for x in 0..<size where !builder.reserved[x: x, y: y] {
                    free += 1
                }
            }
            #expect(free == QRVersionTable.dataModuleCount(version: version), "version \(version)")
        }
    }

    @Test("Finder patterns, separators, timing patterns and the dark module", arguments: [1, 7, 40])
    func functionPatterns(version: Int) throws {
        let code = try QRCode(bytes: [], minimumVersion: version)
        let size = code.size
        #expect(size == 17 + 4 * version)
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(code.isDark(x: left + dx, y: top + dy) == (ring != 2))
                }
            }
        }
        // Separators: the light row and column between each finder and the rest.
        for index in 0..<8 {
            #expect(!code.isDark(x: 7, y: index) && !code.isDark(x: index, y: 7))
            #expect(!code.isDark(x: size - 8, y: index) && !code.isDark(x: size - 1 - index, y: 7))
            #expect(!code.isDark(x: 7, y: size - 1 - index) && !code.isDark(x: index, y: size - 8))
        }
        for index in 8..<(size - 8) {
            #expect(code.isDark(x: index, y: 6) == index.isMultiple(of: 2))
            #expect(code.isDark(x: 6, y: index) == index.isMultiple(of: 2))
        }
        #expect(code.isDark(x: 8, y: size - 8))
    }

    @Test("Alignment patterns are drawn everywhere except over finders", arguments: [2, 7, 22, 40])
    func alignmentPatterns(version: Int) throws {
        let code = try QRCode(bytes: [0x55], minimumVersion: version)
        let positions = QRVersionTable.alignmentPositions(version: version)
        let last = code.size - 7
        var drawn = 0
        for cy in positions {
            for cx in positions where !((cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6)) {
                drawn += 1
                for dy in -2...2 {
                    for dx in -2...2 {
                        #expect(code.isDark(x: cx + dx, y: cy + dy) == (max(abs(dx), abs(dy)) != 1))
                    }
                }
            }
        }
        #expect(drawn == positions.count * positions.count - 3)
    }

    @Test("isDark is false outside the symbol")
    func outOfRange() throws {
        let code = try QRCode(text: "range")
        #expect(code.isDark(x: 0, y: 0))
        for (x, y) in [(-1, 0), (0, -1), (code.size, 0), (0, code.size), (Int.min, Int.max)] {
            #expect(!code.isDark(x: x, y: y))
        }
    }

    @Test("Codeword bits start at the bottom-right corner and go up in a two-module column")
    func placementOrder() {
        var builder = QRMatrixBuilder(version: 1)
        builder.placeCodewords([0b1010_0110])
        // Bits 1,0,1,0,0,1,1,0 at (20,20),(19,20),(20,19),(19,19),(20,18),(19,18),(20,17),(19,17).
        let cells = [(20, 20), (19, 20), (20, 19), (19, 19), (20, 18), (19, 18), (20, 17), (19, 17)]
        let bits = cells.map { builder.modules[x: $0.0, y: $0.1] }
        #expect(bits == [true, false, true, false, false, true, true, false])
    }

    @Test("Every codeword bit lands in a distinct free module; remainder modules stay light")
    func placementCoverage() {
        for version in [1, 2, 7, 14, 40] {
            let total = QRVersionTable.totalCodewords(version: version)
            var builder = QRMatrixBuilder(version: version)
            let before = builder.modules
            builder.placeCodewords([UInt8](repeating: 0xFF, count: total))
            let size = before.size
            var dark = 0
            for y in 0..<size {
                for x in 0..<size where !builder.reserved[x: x, y: y] && builder.modules[x: x, y: y] {
                    dark += 1
                }
            }
            #expect(dark == total * 8, "version \(version)")
            for y in 0..<size {
                for x in 0..<size where builder.reserved[x: x, y: y] {
                    #expect(builder.modules[x: x, y: y] == before[x: x, y: y])
                }
            }
        }
    }

    @Test("Same input gives the same code; different input a different one")
    func determinism() throws {
        let text = "KP1:determinism.check"
        let first = try QRCode(text: text, errorCorrection: .quartile)
        let second = try QRCode(text: text, errorCorrection: .quartile)
        #expect(first == second)
        #expect(first.darkRuns().map { [$0.x, $0.y, $0.length] } == second.darkRuns().map { [$0.x, $0.y, $0.length] })
        #expect(first.pbm() == second.pbm())
        #expect(try QRCode(text: text + "!", errorCorrection: .quartile) != first)
        #expect(try QRCode(text: text, errorCorrection: .high) != first)
    }

    @Test("init(text:) encodes the UTF-8 bytes")
    func textIsUTF8() throws {
        let text = "Kimberley – ☃ 💎"
        #expect(try QRCode(text: text, errorCorrection: .low) == QRCode(bytes: Array(text.utf8), errorCorrection: .low))
    }
}
