/// The standard PDF fonts this writer can use.
///
/// They are never embedded: every PDF reader supplies them. Text is written
/// in `WinAnsiEncoding` (Windows-1252).
public enum PDFFont: CaseIterable, Hashable, Sendable {
    case helvetica
    case helveticaBold
    case helveticaOblique
    case courier
    case courierBold

    /// The PostScript name of the font, as written in `/BaseFont`.
    var baseFontName: String {
        switch self {
        case .helvetica: return "Helvetica"
        case .helveticaBold: return "Helvetica-Bold"
        case .helveticaOblique: return "Helvetica-Oblique"
        case .courier: return "Courier"
        case .courierBold: return "Courier-Bold"
        }
    }

    /// The name under which page resources refer to the font (`/F1` ...).
    var resourceName: String {
        switch self {
        case .helvetica: return "F1"
        case .helveticaBold: return "F2"
        case .helveticaOblique: return "F3"
        case .courier: return "F4"
        case .courierBold: return "F5"
        }
    }

    /// Advance width, in 1/1000 em, of the glyph drawn for a WinAnsi byte.
    func glyphWidth(_ byte: UInt8) -> Double {
        switch self {
        case .helvetica, .helveticaOblique:
            return Double(HelveticaWidths.regular[Int(byte)])
        case .helveticaBold:
            return Double(HelveticaWidths.bold[Int(byte)])
        case .courier, .courierBold:
            return 600
        }
    }
}
