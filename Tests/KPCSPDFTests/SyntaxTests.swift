import Testing

@testable import KPCSPDF

/// Numbers, colours and the drawing operators written to content streams.
struct SyntaxTests {
    private static let numberSpellings: [(Double, String)] = [
        (0.0, "0"), (1, "1"), (-1, "-1"), (0.5, "0.5"), (12.10, "12.1"), (595.28, "595.28"),
        (841.89, "841.89"), (1.0 / 3, "0.33"), (2.0 / 3, "0.67"), (-3.25, "-3.25"), (0.05, "0.05"),
        (0.999, "1"), (1e-7, "0"), (-0.001, "0"), (-0.0, "0"), (123456.789, "123456.79"),
        (1e20, "1000000"), (-1e20, "-1000000"), (.nan, "0"), (.infinity, "0"), (-.infinity, "0"),
    ]

    @Test(arguments: numberSpellings)
    func numbers(_ value: Double, _ expected: String) {
        #expect(PDFSyntax.number(value) == expected)
    }

    @Test func colours() {
        #expect(PDFColor.black.fillOperator == "0 g")
        #expect(PDFColor.gray(0.5).strokeOperator == "0.5 G")
        #expect(PDFColor.rgb(red: 1, green: 0, blue: 0.25).fillOperator == "1 0 0.25 rg")
        #expect(PDFColor.rgb(red: 0.2, green: 0.4, blue: 0.6).strokeOperator == "0.2 0.4 0.6 RG")
        #expect(PDFColor.gray(2).fillOperator == "1 g")
        #expect(PDFColor.gray(-1).fillOperator == "0 g")
        #expect(PDFColor.gray(.nan).fillOperator == "0 g")
    }

    @Test func textOperators() {
        var page = PDFPage()
        page.text("Hi", at: PDFPoint(x: 72, y: 700.5), font: .helveticaBold, size: 9.5, color: .gray(0.25))
        #expect(page.content.latin1 == "q 0.25 g\nBT /F2 9.5 Tf\n72 700.5 Td\n(Hi) Tj ET Q\n")
        #expect(page.fonts == [.helveticaBold])
    }

    @Test func lineOperators() {
        var page = PDFPage()
        page.line(
            from: PDFPoint(x: 1, y: 2), to: PDFPoint(x: 3, y: 4), width: 0.75, color: .rgb(red: 1, green: 0, blue: 0))
        #expect(page.content.latin1 == "q 0.75 w 1 0 0 RG\n1 2 m\n3 4 l S Q\n")
    }

    @Test func rectanglePaintOperators() {
        let rect = PDFRect(x: 10, y: 20, width: 30, height: 40)
        var page = PDFPage()
        page.rectangle(rect)
        page.rectangle(rect, stroke: nil, fill: .gray(0.9))
        page.rectangle(rect, stroke: .gray(0), fill: .white, lineWidth: 2)
        page.rectangle(rect, stroke: nil, fill: nil)
        #expect(
            page.content.latin1 == """
                q 1 w 0 G
                10 20 30 40 re S Q
                q 0.9 g
                10 20 30 40 re f Q
                q 2 w 0 G 1 g
                10 20 30 40 re B Q

                """
        )
    }

    @Test func manyRectanglesShareOnePathAndOneFill() {
        var page = PDFPage()
        page.fillRectangles([
            PDFRect(x: 0, y: 0, width: 1, height: 1),
            PDFRect(x: 2, y: 0, width: 1, height: 1),
            PDFRect(x: 0, y: 2, width: 1.5, height: 1),
        ])
        #expect(page.content.latin1 == "q 0 g\n0 0 1 1 re\n2 0 1 1 re\n0 2 1.5 1 re\nf Q\n")
        page.fillRectangles([])
        #expect(page.content.offsets(of: "re\n").count == 3, "an empty list adds nothing")
    }
}
