import Foundation
import KPCSToolSupport
import Testing

@testable import KPCSPDF

/// PDFs with embedded font subsets pass qpdf, and poppler lists the fonts as embedded subsets, renders them
/// silently and extracts the text exactly. Skipped when a tool is not on PATH, unless KPCS_REQUIRE_TOOLS=1.
struct EmbeddedFontToolTests {
    static let names = [
        "Алмазы Якутии",
        "Διαμάντια",
        "钻石贸易有限公司",
        "Côte d'Ivoire",
        "Plain ASCII text, 0123456789 (KP-CI-2026-000123)",
        "Mixed: Якутия / Διαμάντια / 钻石 / Œuvre – 12 500 €",
        "Beyond the BMP: 😀",
    ]

    /// Page 1: the names in DejaVu Sans with Droid Sans Fallback, a bold title and a slanted line; page 2: the
    /// same fonts again (shared objects) with a standard Helvetica line.
    static func document() throws -> [UInt8] {
        let fonts = try BundledFonts.fonts()
        var first = PDFPage()
        first.text("Kimberley Process Certificate", at: PDFPoint(x: 72, y: 780), fonts: fonts.boldStack, size: 16)
        for (index, name) in names.enumerated() {
            first.text(name, at: PDFPoint(x: 72, y: 740 - 24 * Double(index)), fonts: fonts.stack, size: 11)
        }
        first.text("Certificat", at: PDFPoint(x: 72, y: 500), fonts: fonts.stack.slanted(0.21), size: 11)
        var second = PDFPage()
        second.text("Helvetica line", at: PDFPoint(x: 72, y: 780), font: .helvetica)
        second.text("钻石 Якутии", at: PDFPoint(x: 72, y: 750), fonts: fonts.stack)
        var document = PDFDocument(
            title: "Алмазы – 钻石", language: "ru", producer: "kpcs tests", creationDate: "D:20261123120000Z")
        document.add(first)
        document.add(second)
        return document.render()
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> ExternalTool.Output {
        let pdf = try Self.document()
        return try ExternalTool.withWorkDirectory { directory in
            try Data(pdf).write(to: directory.appendingPathComponent("names.pdf"))
            return try ExternalTool.run(
                tool, arguments + ["names.pdf"] + (tool == "pdftotext" ? ["-"] : []), in: directory)
        }
    }

    @Test(.enabled(if: ExternalTool.available("qpdf")))
    func qpdfFindsNoErrors() throws {
        let output = try run("qpdf", ["--check"])
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        #expect(output.standardOutput.contains("No syntax or stream encoding errors found"))
        #expect(!output.standardOutput.localizedCaseInsensitiveContains("warning"))
    }

    @Test(.enabled(if: ExternalTool.available("pdftotext")))
    func pdftotextExtractsTheNamesExactly() throws {
        let output = try run("pdftotext", ["-enc", "UTF-8"])
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        let pages = output.standardOutput.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n").map(String.init)
        }
        #expect(pages.first == ["Kimberley Process Certificate"] + Self.names + ["Certificat"])
        #expect(pages.dropFirst().first == ["Helvetica line", "钻石 Якутии"])
    }

    @Test(.enabled(if: ExternalTool.available("pdffonts")))
    func pdffontsListsEmbeddedSubsets() throws {
        let output = try run("pdffonts", [])
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        let rows = output.standardOutput.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let embedded = rows.filter { $0.count > 1 && $0[1] == "CID" }
        #expect(embedded.count == 3, "\(output.standardOutput)")
        for row in embedded {
            let name = String(row[0])
            #expect(name.count > 7 && name.dropFirst(6).first == "+", "\(name)")
            #expect(name.prefix(6).allSatisfy { ("A"..."Z").contains($0) }, "\(name)")
            // name, "CID", "TrueType", "Identity-H", emb, sub, uni, object, generation
            #expect(row[1...5] == ["CID", "TrueType", "Identity-H", "yes", "yes"], "\(row)")
            #expect(row[6] == "yes", "ToUnicode map")
        }
        #expect(
            Set(embedded.map { $0[0].split(separator: "+").last.map(String.init) ?? "" })
                == ["DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"])
        #expect(rows.contains { $0.first == "Helvetica" })
    }

    @Test(.enabled(if: ExternalTool.available("pdftoppm")))
    func pdftoppmRendersSilently() throws {
        let pdf = try Self.document()
        let (output, image) = try ExternalTool.withWorkDirectory { directory in
            try Data(pdf).write(to: directory.appendingPathComponent("names.pdf"))
            let output = try ExternalTool.run(
                "pdftoppm", ["-r", "72", "-gray", "-singlefile", "names.pdf", "names"], in: directory)
            return (output, try Data(contentsOf: directory.appendingPathComponent("names.pgm")))
        }
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "poppler complains about the fonts: \(output.standardError)")
        // Some ink where the names are: the glyphs really are in the subsets.
        #expect(image.filter { $0 < 128 }.count > 2000)
    }

    @Test func subsetsAreMuchSmallerThanTheFonts() throws {
        let pdf = try Self.document()
        let full = try ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf"].map {
            try BundledFonts.bytes($0).count
        }
        #expect(pdf.count < 60_000, "\(pdf.count) bytes")
        #expect(pdf.count * 50 < full.reduce(0, +))
        #expect(try Self.document() == pdf, "rendering is deterministic")
    }

    @Test(.enabled(if: ExternalTool.available("python3")))
    func deflateStreamsDecompressWithZlib() throws {
        var random = SplitMix(seed: 7)
        let samples: [[UInt8]] = [
            [], [0], Array("abcabcabcabc".utf8), Array(repeating: 0, count: 100_000),
            (0..<70_000).map { _ in UInt8(truncatingIfNeeded: random.next()) },
            (0..<50_000).map { UInt8(truncatingIfNeeded: ($0 / 7) % 13 + ($0 % 300 == 0 ? 1 : 0)) },
            try BundledFonts.fonts().regular.subset(keeping: [36, 933, 171]),
        ]
        for sample in samples {
            let output = try ExternalTool.withWorkDirectory { directory in
                try Data(Deflate.zlib(sample)).write(to: directory.appendingPathComponent("data.z"))
                return try ExternalTool.run(
                    "python3",
                    ["-c", "import sys, zlib; sys.stdout.buffer.write(zlib.decompress(open('data.z', 'rb').read()))"],
                    in: directory)
            }
            #expect(output.status == 0, "\(output.standardError)")
            #expect(output.outputBytes == sample, "\(sample.count) bytes")
        }
    }
}
