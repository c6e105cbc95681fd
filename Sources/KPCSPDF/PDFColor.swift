/// A fill or stroke colour: a gray level or an RGB triple.
///
/// Components range from 0 (black / none) to 1 (white / full); values
/// outside that range are clamped when written.
public enum PDFColor: Hashable, Sendable {
    case gray(Double)
    case rgb(red: Double, green: Double, blue: Double)

    public static let black = PDFColor.gray(0)
    public static let white = PDFColor.gray(1)

    /// The content-stream operator setting this colour for filling.
    var fillOperator: String {
        switch self {
        case .gray(let level):
            return "\(PDFSyntax.component(level)) g"
        case .rgb(let red, let green, let blue):
            return "\(PDFSyntax.component(red)) \(PDFSyntax.component(green)) \(PDFSyntax.component(blue)) rg"
        }
    }

    /// The content-stream operator setting this colour for stroking.
    var strokeOperator: String {
        switch self {
        case .gray(let level):
            return "\(PDFSyntax.component(level)) G"
        case .rgb(let red, let green, let blue):
            return "\(PDFSyntax.component(red)) \(PDFSyntax.component(green)) \(PDFSyntax.component(blue)) RG"
        }
    }
}
