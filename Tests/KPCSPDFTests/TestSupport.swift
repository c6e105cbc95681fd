import KPCSPDF

/// The texts and document the structure and tool tests share.
enum Sample {
    static let frenchLines = [
        "Certificat du Processus de Kimberley",
        "Numéro du certificat",
        "Pays d’origine",
        "Poids en carats : 1 234,56 « brut » – non taillé",
        "Valeur déclarée : 12 500 € — cœur, œuvre, Œil, île, où, Noël, çà",
    ]

    static let englishLines = [
        "Kimberley Process Certificate",
        "Certificate number",
        "Country of origin",
    ]

    /// A two-page certificate: French on page 1, English on page 2, with a
    /// few lines, rectangles and a block of filled squares around the text.
    static func certificate() -> [UInt8] {
        var document = PDFDocument(
            title: "Certificat – Côte d’Ivoire",
            language: "fr",
            producer: "kpcs tests",
            creationDate: "D:20261123120000Z"
        )
        document.add(page(frenchLines))
        document.add(page(englishLines))
        return document.render()
    }

    private static func page(_ lines: [String]) -> PDFPage {
        var page = PDFPage()
        page.rectangle(PDFRect(x: 36, y: 36, width: page.width - 72, height: page.height - 72), lineWidth: 2)
        for (index, line) in lines.enumerated() {
            let font: PDFFont = index == 0 ? .helveticaBold : .helvetica
            page.text(line, at: PDFPoint(x: 72, y: page.height - 100 - 30 * Double(index)), font: font, size: 12)
        }
        page.line(
            from: PDFPoint(x: 72, y: 500),
            to: PDFPoint(x: 500, y: 500),
            width: 0.5,
            color: .rgb(red: 0.2, green: 0.3, blue: 0.6)
        )
        page.fillRectangles((0..<10).map { PDFRect(x: 72 + 4 * Double($0), y: 400, width: 4, height: 4) })
        return page
    }
}

extension Array where Element == UInt8 {
    /// The bytes read as ISO Latin-1, one character per byte.
    var latin1: String {
        String(String.UnicodeScalarView(map { Unicode.Scalar($0) }))
    }

    /// The offset of the first occurrence of `needle` (ASCII) at or after `start`.
    func offset(of needle: String, from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, count >= pattern.count, start <= count - pattern.count else { return nil }
        return (start...(count - pattern.count)).first { self[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    /// Every offset at which `needle` (ASCII) occurs.
    func offsets(of needle: String) -> [Int] {
        var result: [Int] = []
        var next = 0
        while let found = offset(of: needle, from: next) {
            result.append(found)
            next = found + 1
        }
        return result
    }

    /// Whether the bytes at `offset` spell `prefix` (ASCII).
    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        let pattern = Array(prefix.utf8)
        return offset >= 0 && offset + pattern.count <= count
            && self[offset..<(offset + pattern.count)].elementsEqual(pattern)
    }
}
