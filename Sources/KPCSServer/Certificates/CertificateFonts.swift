import Foundation
import KPCSPDF

/// The certificate's fonts, bundled in `Resources/Fonts` with their licences: DejaVu Sans (Latin, Greek, Cyrillic)
/// then Droid Sans Fallback (Chinese, Japanese), embedded as subsets with ToUnicode maps so names print as written
/// and can be copied out; Courier (a standard font) for numbers. Loaded once per process.
enum CertificateFonts {
    /// Regular text: DejaVu Sans, then Droid Sans Fallback.
    static let regular = stack(["DejaVuSans", "DroidSansFallbackFull"])
    /// Bold text: DejaVu Sans Bold, then Droid Sans Fallback.
    static let bold = stack(["DejaVuSans-Bold", "DroidSansFallbackFull"])

    /// Whether every bundled font was found and read; if not, the certificate prints in the standard fonts and
    /// names outside WinAnsi print as "?" (a test requires this to be true).
    static var areLoaded: Bool { regular != nil && bold != nil }

    static func stack(_ names: [String]) -> PDFFontStack? {
        var fonts: [TrueTypeFont] = []
        for name in names {
            guard let url = Bundle.module.url(forResource: name, withExtension: "ttf", subdirectory: "Fonts"),
                let font = try? TrueTypeFont(contentsOf: url)
            else { return nil }
            fonts.append(font)
        }
        return PDFFontStack(fonts)
    }
}

extension PDFTypeface {
    /// The certificate's regular text.
    static let body: PDFTypeface = CertificateFonts.regular.map { .embedded($0) } ?? .standard(.helvetica)
    /// Labels and headings.
    static let bodyBold: PDFTypeface = CertificateFonts.bold.map { .embedded($0) } ?? .standard(.helveticaBold)
    /// The French labels, slanted as an oblique would be.
    static let bodyOblique: PDFTypeface =
        CertificateFonts.regular.map { .embedded($0.slanted(0.21)) } ?? .standard(.helveticaOblique)
    /// Numbers and codes.
    static let code: PDFTypeface = .standard(.courier)
    /// The certificate number and totals.
    static let codeBold: PDFTypeface = .standard(.courierBold)
}
