import Foundation
import KPCSPDF

/// The fonts bundled with the server (Sources/KPCSServer/Resources/Fonts), read by path from the repository
/// since this test target cannot reach the server's resource bundle. Read once per test run.
enum BundledFonts {
    struct Fonts: Sendable {
        let regular: TrueTypeFont
        let bold: TrueTypeFont
        let fallback: TrueTypeFont
        /// DejaVu Sans, then Droid Sans Fallback, as the certificate uses them.
        var stack: PDFFontStack { PDFFontStack([regular, fallback]) }
        var boldStack: PDFFontStack { PDFFontStack([bold, fallback]) }
    }

    struct LoadError: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    /// Sources/KPCSServer/Resources/Fonts, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // KPCSPDFTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("Sources/KPCSServer/Resources/Fonts")

    static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    private static let loaded: Result<Fonts, LoadError> = {
        do {
            return .success(
                Fonts(
                    regular: try TrueTypeFont(contentsOf: url("DejaVuSans.ttf")),
                    bold: try TrueTypeFont(contentsOf: url("DejaVuSans-Bold.ttf")),
                    fallback: try TrueTypeFont(contentsOf: url("DroidSansFallbackFull.ttf"))))
        } catch {
            return .failure(LoadError(description: "\(error)"))
        }
    }()

    /// The three fonts; throws when a file is missing or unreadable.
    static func fonts() throws -> Fonts {
        try loaded.get()
    }
}

extension String {
    /// Uppercase hexadecimal UTF-16 code units, four digits each, as in a ToUnicode CMap.
    var utf16Hex: String {
        utf16.map { unit in
            let digits = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }.joined()
    }
}
