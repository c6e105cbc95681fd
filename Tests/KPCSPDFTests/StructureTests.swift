import KPCSPDF
import Testing

/// The file layout: header, objects, cross-reference table and trailer.
struct StructureTests {
    /// The cross-reference table of `pdf`, parsed from `startxref`:
    /// the declared entry count and each entry's 20-byte line.
    private func crossReference(_ pdf: [UInt8]) throws -> (tableOffset: Int, entries: [String]) {
        let marker = try #require(pdf.offsets(of: "startxref\n").last)
        let tail = Array(pdf[(marker + "startxref\n".utf8.count)...]).latin1
        let tableOffset = try #require(Int(tail.prefix { $0.isNumber }))
        #expect(pdf.hasPrefix("xref\n0 ", at: tableOffset), "startxref must point at the xref keyword")
        let header = Array(pdf[tableOffset...]).latin1.split(separator: "\n", maxSplits: 2)
        let count = try #require(Int(header[1].dropFirst(2)))
        let firstEntry = tableOffset + header[0].count + header[1].count + 2
        let entries = (0..<count).map { index in
            Array(pdf[(firstEntry + 20 * index)..<(firstEntry + 20 * (index + 1))]).latin1
        }
        return (tableOffset, entries)
    }

    @Test func startsWithHeaderAndEndsWithEOF() {
        let pdf = Sample.certificate()
        #expect(pdf.hasPrefix("%PDF-1.7\n%", at: 0))
        #expect(pdf[10..<14].allSatisfy { $0 > 127 }, "binary marker comment")
        #expect(pdf.hasPrefix("%%EOF\n", at: pdf.count - 6))
    }

    @Test func everyCrossReferenceOffsetPointsAtItsObject() throws {
        let pdf = Sample.certificate()
        let (_, entries) = try crossReference(pdf)
        #expect(entries.first == "0000000000 65535 f \n")
        #expect(entries.count > 1)
        for (number, entry) in entries.enumerated().dropFirst() {
            #expect(entry.hasSuffix(" 00000 n \n"), "entry \(number): \(entry)")
            let offset = try #require(Int(entry.prefix(10)))
            #expect(pdf.hasPrefix("\(number) 0 obj\n", at: offset), "object \(number) at \(offset)")
        }
    }

    @Test func sizeMatchesTheObjectCount() throws {
        let pdf = Sample.certificate()
        let (tableOffset, entries) = try crossReference(pdf)
        let objects = pdf.offsets(of: " 0 obj\n")
        #expect(objects.count == entries.count - 1)
        #expect(pdf.offsets(of: "endobj\n").count == objects.count)
        let trailer = Array(pdf[tableOffset...]).latin1
        #expect(trailer.contains("trailer\n<< /Size \(entries.count) /Root 1 0 R /Info 3 0 R >>\n"))
    }

    @Test func streamLengthsMatchTheirData() throws {
        let pdf = Sample.certificate()
        let starts = pdf.offsets(of: "stream\n").filter { !pdf.hasPrefix("end", at: $0 - 3) }
        #expect(starts.count == 2, "one content stream per page")
        for start in starts {
            let dictionary = try #require(pdf.offsets(of: "<< /Length ").last { $0 < start })
            let length = try #require(
                Int(Array(pdf[(dictionary + 11)...]).latin1.prefix { $0.isNumber })
            )
            let dataStart = start + 7
            #expect(pdf.hasPrefix("\nendstream\nendobj\n", at: dataStart + length))
        }
    }

    @Test func catalogPagesAndInfo() {
        let text = Sample.certificate().latin1
        #expect(text.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Lang (fr) >>"))
        #expect(text.contains("/Type /Pages /Kids [6 0 R 8 0 R] /Count 2"))
        #expect(text.contains("/Producer (kpcs tests) /CreationDate (D:20261123120000Z)"))
        #expect(text.contains("/MediaBox [0 0 595.28 841.89]"))
        #expect(text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
        #expect(text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"))
    }

    @Test func onlyFontsInUseAreWritten() {
        var page = PDFPage(width: 200, height: 100)
        page.text("Code", at: PDFPoint(x: 10, y: 10), font: .courierBold)
        var document = PDFDocument(title: "t", language: "en", producer: "p", creationDate: "D:20260101000000Z")
        document.add(page)
        document.add(PDFPage(width: 200, height: 100))
        let text = document.render().latin1
        #expect(text.contains("4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold"))
        #expect(!text.contains("/BaseFont /Helvetica"))
        #expect(text.contains("/Resources << /Font << /F5 4 0 R >> >>"))
        #expect(text.contains("/Resources << >>"), "the second page uses no font")
        #expect(text.contains("/MediaBox [0 0 200 100]"))
    }

    @Test func emptyDocumentGetsOneBlankA4Page() throws {
        let pdf = PDFDocument(title: "", language: "fr", producer: "", creationDate: "").render()
        let text = pdf.latin1
        #expect(text.contains("/Kids [4 0 R] /Count 1"))
        #expect(text.contains("/MediaBox [0 0 595.28 841.89]"))
        let (_, entries) = try crossReference(pdf)
        #expect(entries.count == 6)
    }

    @Test func renderingIsDeterministic() {
        #expect(Sample.certificate() == Sample.certificate())
    }

    @Test func nonASCIIMetadataIsWrittenAsUTF16() {
        let text = Sample.certificate().latin1
        // "Certificat – Côte d’Ivoire" in UTF-16BE with a byte order mark.
        let expected =
            "<FEFF"
            + "Certificat – Côte d’Ivoire".utf16.map { unit in
                let hex = String(unit, radix: 16, uppercase: true)
                return String(repeating: "0", count: 4 - hex.count) + hex
            }.joined() + ">"
        #expect(text.contains("/Title \(expected)"))
    }

    @Test func hostileInputStillGivesAWellFormedFile() throws {
        var page = PDFPage(width: .nan, height: .infinity)
        page.text("\u{0}\r\n\t😀🇫🇷 ((\\", at: PDFPoint(x: .nan, y: -.infinity), size: 1e300)
        page.line(from: PDFPoint(x: 1e-300, y: -1e20), to: PDFPoint(x: 0, y: 0), width: -.nan)
        page.rectangle(PDFRect(x: .nan, y: 0, width: .infinity, height: -5), fill: .rgb(red: 9, green: -9, blue: .nan))
        page.fillRectangles([PDFRect(x: 0.001, y: -0.004, width: 1e7, height: .ulpOfOne)])
        var document = PDFDocument(title: "\u{0})(\\", language: "", producer: "😀", creationDate: "\n")
        document.add(page)
        let pdf = document.render()
        let text = pdf.latin1
        for bad in ["nan", "inf", "e+", "e-", "-0 "] {
            #expect(!text.contains(bad), "\(bad) in output")
        }
        #expect(text.contains("(????? \\(\\(\\\\) Tj"))
        #expect(text.contains("0 -1000000 m"))
        #expect(text.contains("1 0 0 rg"))
        let (_, entries) = try crossReference(pdf)
        for (number, entry) in entries.enumerated().dropFirst() {
            let offset = try #require(Int(entry.prefix(10)))
            #expect(pdf.hasPrefix("\(number) 0 obj\n", at: offset))
        }
    }
}
