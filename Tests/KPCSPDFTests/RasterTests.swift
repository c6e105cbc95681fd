import Foundation
import KPCSPDF
import KPCSToolSupport
import Testing

/// Filled shapes land on the right pixels when poppler rasterises the page.
struct RasterTests {
    /// A gray image decoded from a binary PGM (P5) file.
    private struct GrayImage {
        let width: Int
        let height: Int
        let pixels: [UInt8]

        init?(pgm data: Data) {
            let bytes = [UInt8](data)
            // Header: "P5", width, height, maximum value, each followed by whitespace.
            var fields: [String] = []
            var index = 0
            while fields.count < 4, index < bytes.count {
                while index < bytes.count, bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count, !(bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index])) {
                    index += 1
                }
                fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            guard fields.count == 4, fields[0] == "P5", fields[3] == "255",
                let width = Int(fields[1]), let height = Int(fields[2]),
                bytes.count - (index + 1) == width * height
            else { return nil }
            self.width = width
            self.height = height
            pixels = Array(bytes[(index + 1)...])
        }

        /// The gray level at a PDF point (origin bottom-left) rendered at 72 dpi.
        func level(atPDFX x: Double, y: Double) -> UInt8 {
            pixels[(height - 1 - Int(y)) * width + Int(x)]
        }
    }

    @Test(.enabled(if: ExternalTool.available("pdftoppm")))
    func checkerboardOfFilledSquares() throws {
        let cell = 20.0
        let cells = 10
        var page = PDFPage(width: cell * Double(cells), height: cell * Double(cells))
        let darkCells = (0..<cells).flatMap { column in
            (0..<cells).filter { row in (column + row) % 2 == 0 }.map { (column, $0) }
        }
        page.fillRectangles(
            darkCells.map { column, row in
                PDFRect(x: Double(column) * cell, y: Double(row) * cell, width: cell, height: cell)
            })
        // In the top row, a gray square inside light cell (0, 9) and a white
        // one inside dark cell (1, 9).
        page.rectangle(PDFRect(x: 4, y: 184, width: 12, height: 12), stroke: nil, fill: .gray(0.5))
        page.rectangle(
            PDFRect(x: 24, y: 184, width: 12, height: 12), stroke: nil, fill: .rgb(red: 1, green: 1, blue: 1))

        var document = PDFDocument(
            title: "Checkerboard", language: "en", producer: "kpcs tests", creationDate: "D:20261123120000Z")
        document.add(page)
        let (output, pgm) = try ExternalTool.withWorkDirectory { directory in
            try Data(document.render()).write(to: directory.appendingPathComponent("board.pdf"))
            let output = try ExternalTool.run(
                "pdftoppm", ["-r", "72", "-gray", "-singlefile", "board.pdf", "board"], in: directory
            )
            return (output, try Data(contentsOf: directory.appendingPathComponent("board.pgm")))
        }
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        let image = try #require(GrayImage(pgm: pgm))
        #expect(image.width == 200 && image.height == 200)
        for column in 0..<cells {
            for row in 0..<cells where !(row == cells - 1 && column < 2) {
                let level = image.level(atPDFX: (Double(column) + 0.5) * cell, y: (Double(row) + 0.5) * cell)
                if (column + row) % 2 == 0 {
                    #expect(level < 32, "cell \(column),\(row) should be black, is \(level)")
                } else {
                    #expect(level > 223, "cell \(column),\(row) should be white, is \(level)")
                }
            }
        }
        let gray = image.level(atPDFX: 10, y: 190)
        #expect((118...138).contains(gray), "gray square is \(gray)")
        #expect(image.level(atPDFX: 2, y: 190) > 223, "light cell around the gray square")
        #expect(image.level(atPDFX: 30, y: 190) > 223, "white square")
        #expect(image.level(atPDFX: 22, y: 190) < 32, "dark cell around the white square")
    }
}
