import Foundation
import KPCSPDF
import KPCSToolSupport
import Testing

/// Real PDF readers accept the files: poppler's pdftotext, pdfinfo and
/// pdftoppm, and qpdf. Skipped when a tool is not on PATH, unless
/// KPCS_REQUIRE_TOOLS=1 (then they fail).
struct ToolTests {
    /// Writes the sample certificate into `directory` and returns its file name.
    private func writeCertificate(in directory: URL) throws -> String {
        try Data(Sample.certificate()).write(to: directory.appendingPathComponent("certificate.pdf"))
        return "certificate.pdf"
    }

    @Test(.enabled(if: ExternalTool.available("pdftotext")))
    func pdftotextExtractsFrenchAndEnglishExactly() throws {
        let output = try ExternalTool.withWorkDirectory { directory in
            let file = try writeCertificate(in: directory)
            return try ExternalTool.run("pdftotext", ["-enc", "UTF-8", file, "-"], in: directory)
        }
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        let pages = output.standardOutput.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let lines = pages.map { page in
            page.split(separator: "\n").map(String.init)
        }
        #expect(lines.count >= 2)
        #expect(lines.first == Sample.frenchLines)
        #expect(lines.dropFirst().first == Sample.englishLines)
    }

    @Test(.enabled(if: ExternalTool.available("pdfinfo")))
    func pdfinfoReadsTheMetadata() throws {
        let output = try ExternalTool.withWorkDirectory { directory in
            let file = try writeCertificate(in: directory)
            return try ExternalTool.run("pdfinfo", ["-enc", "UTF-8", file], in: directory)
        }
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        let fields = Dictionary(
            output.standardOutput.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            },
            uniquingKeysWith: { first, _ in first }
        )
        #expect(fields["Title"] == "Certificat – Côte d’Ivoire")
        #expect(fields["Producer"] == "kpcs tests")
        #expect(fields["Pages"] == "2")
        #expect(fields["PDF version"] == "1.7")
        #expect(fields["Page size"]?.hasPrefix("595.28 x 841.89 pts (A4)") == true)
    }

    @Test(.enabled(if: ExternalTool.available("qpdf")))
    func qpdfFindsNoErrors() throws {
        let output = try ExternalTool.withWorkDirectory { directory in
            let file = try writeCertificate(in: directory)
            return try ExternalTool.run("qpdf", ["--check", file], in: directory)
        }
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        #expect(output.standardOutput.contains("No syntax or stream encoding errors found"))
        #expect(!output.standardOutput.localizedCaseInsensitiveContains("warning"))
    }

    @Test(.enabled(if: ExternalTool.available("pdftoppm")))
    func pdftoppmRendersEveryPageSilently() throws {
        let (output, images) = try ExternalTool.withWorkDirectory { directory in
            let file = try writeCertificate(in: directory)
            let output = try ExternalTool.run("pdftoppm", ["-r", "150", "-png", file, "page"], in: directory)
            let images = try ["page-1.png", "page-2.png"].map { name in
                try Data(contentsOf: directory.appendingPathComponent(name))
            }
            return (output, images)
        }
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty, "\(output.standardError)")
        for image in images {
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "PNG signature")
            // IHDR: width and height, big-endian, at bytes 16...23; A4 at 150 dpi.
            let size = [16, 20].map { start in image[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) } }
            #expect(abs(size[0] - 1240) <= 1 && abs(size[1] - 1754) <= 1, "\(size)")
        }
    }
}
