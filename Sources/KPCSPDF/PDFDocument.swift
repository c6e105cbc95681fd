/// A PDF document: metadata and pages, rendered to the bytes of a PDF 1.7 file.
///
/// Rendering is deterministic: the same document always gives the same
/// bytes, since the creation date is supplied by the caller.
public struct PDFDocument: Sendable {
    /// Document title (`/Title` in the document information dictionary).
    public var title: String
    /// Natural language of the text as a BCP 47 tag such as "fr" or "en"
    /// (`/Lang` in the catalog).
    public var language: String
    /// Name of the producing application (`/Producer`).
    public var producer: String
    /// Creation date in PDF date format, e.g. "D:20261123120000Z" (`/CreationDate`).
    public var creationDate: String
    /// The pages, in order.
    public private(set) var pages: [PDFPage] = []

    public init(title: String, language: String, producer: String, creationDate: String) {
        self.title = title
        self.language = language
        self.producer = producer
        self.creationDate = creationDate
    }

    /// Appends a page at the end of the document.
    public mutating func add(_ page: PDFPage) {
        pages.append(page)
    }

    /// The complete PDF file. A document without pages gets one blank A4
    /// page, since a PDF needs at least one.
    public func render() -> [UInt8] {
        let pages = pages.isEmpty ? [PDFPage()] : pages

        // Object numbers: catalog, page tree, info, the fonts in use, then a
        // page object followed by its content stream for each page, then five
        // objects for each embedded font.
        let catalog = 1
        let pageTree = 2
        let info = 3
        let fonts = PDFFont.allCases
            .filter { font in pages.contains { $0.fonts.contains(font) } }
            .enumerated()
            .map { (font: $1, number: 4 + $0) }
        let pageObjects = pages.indices.map { 4 + fonts.count + 2 * $0 }
        let embedded = Self.embeddedFonts(of: pages)
        let firstEmbedded = 4 + fonts.count + 2 * pages.count
        func embeddedObject(_ font: TrueTypeFont) -> Int {
            firstEmbedded + PDFEmbeddedFont.objectCount * (embedded.firstIndex { $0.font == font } ?? 0)
        }

        var file = PDFFileWriter(
            objectCount: 3 + fonts.count + 2 * pages.count + PDFEmbeddedFont.objectCount * embedded.count)
        file.writeObject(
            catalog,
            ascii("<< /Type /Catalog /Pages \(pageTree) 0 R /Lang ")
                + PDFSyntax.textString(language) + ascii(" >>")
        )
        let kids = pageObjects.map { "\($0) 0 R" }.joined(separator: " ")
        file.writeObject(pageTree, ascii("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>"))
        file.writeObject(
            info,
            ascii("<< /Title ") + PDFSyntax.textString(title)
                + ascii(" /Producer ") + PDFSyntax.textString(producer)
                + ascii(" /CreationDate ") + PDFSyntax.textString(creationDate) + ascii(" >>")
        )
        for (font, number) in fonts {
            file.writeObject(
                number,
                ascii("<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFontName) /Encoding /WinAnsiEncoding >>")
            )
        }
        for (page, number) in zip(pages, pageObjects) {
            let fontEntries =
                fonts
                .filter { page.fonts.contains($0.font) }
                .map { "/\($0.font.resourceName) \($0.number) 0 R" }
                + page.embeddedFonts.enumerated().map { index, use in
                    "/\(EmbeddedFontUse.resourceName(index)) \(embeddedObject(use.font)) 0 R"
                }
            let resources = fontEntries.isEmpty ? "<< >>" : "<< /Font << \(fontEntries.joined(separator: " ")) >> >>"
            let mediaBox = "[0 0 \(PDFSyntax.number(page.width)) \(PDFSyntax.number(page.height))]"
            file.writeObject(
                number,
                ascii(
                    "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox \(mediaBox)"
                        + " /Resources \(resources) /Contents \(number + 1) 0 R >>"
                )
            )
            file.writeStream(number + 1, page.content)
        }
        for use in embedded {
            PDFEmbeddedFont.write(use.font, glyphs: use.glyphs, firstObject: embeddedObject(use.font), to: &file)
        }
        file.finish(root: catalog, info: info)
        return file.bytes
    }

    /// The embedded fonts of all pages in order of first use, each with every glyph drawn from it and the text
    /// the glyph first stood for.
    private static func embeddedFonts(of pages: [PDFPage]) -> [EmbeddedFontUse] {
        var result: [EmbeddedFontUse] = []
        for use in pages.flatMap(\.embeddedFonts) {
            guard let index = result.firstIndex(where: { $0.font == use.font }) else {
                result.append(use)
                continue
            }
            result[index].glyphs.merge(use.glyphs) { first, _ in first }
        }
        return result
    }

    private func ascii(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }
}
