/// One page and the drawing on it.
///
/// Coordinates are PDF's own: points (1/72 inch) with the origin at the
/// bottom-left corner of the page and `y` growing upwards. To place
/// something `d` points below the top edge, use `y = height - d`.
///
/// Every drawing call saves and restores the graphics state, so colours and
/// line widths never leak from one call to the next.
public struct PDFPage: Sendable {
    /// Page width in points.
    public let width: Double
    /// Page height in points.
    public let height: Double

    /// The page's content stream.
    private(set) var content: [UInt8] = []
    /// The fonts the content stream refers to.
    private(set) var fonts: Set<PDFFont> = []
    /// The embedded fonts the content stream refers to, as `/E1`, `/E2`, ... in this order.
    private(set) var embeddedFonts: [EmbeddedFontUse] = []

    /// A blank page; the default size is A4 portrait (595.28 × 841.89 pt).
    public init(width: Double = 595.28, height: Double = 841.89) {
        self.width = width
        self.height = height
    }

    /// Draws one line of text whose baseline starts at `point`.
    ///
    /// Any string is accepted: characters outside `WinAnsiEncoding` are
    /// drawn as `?`, and so are line breaks (use `PDFFontMetrics.wrap` and
    /// one call per line for several lines).
    public mutating func text(
        _ string: String,
        at point: PDFPoint,
        font: PDFFont = .helvetica,
        size: Double = 12,
        color: PDFColor = .black
    ) {
        fonts.insert(font)
        append("q \(color.fillOperator)")
        append("BT /\(font.resourceName) \(PDFSyntax.number(size)) Tf")
        append("\(PDFSyntax.number(point.x)) \(PDFSyntax.number(point.y)) Td")
        content += PDFSyntax.literalString(WinAnsiEncoding.encode(string))
        append(" Tj ET Q")
    }

    /// Draws one line of text whose baseline starts at `point`, in fonts embedded as subsets.
    ///
    /// Each character takes its glyphs from the first font of `fonts` that has them; the line becomes one run
    /// per font. Characters that cannot be printed as written (`PDFText.unprintable`) are drawn as `?`, and so
    /// are line breaks (use `PDFFontMetrics.wrap` and one call per line for several lines).
    public mutating func text(
        _ string: String,
        at point: PDFPoint,
        fonts: PDFFontStack,
        size: Double = 12,
        color: PDFColor = .black
    ) {
        let glyphs = fonts.glyphs(for: string)
        guard !glyphs.isEmpty else { return }
        append("q \(color.fillOperator)")
        let origin = "\(PDFSyntax.number(point.x)) \(PDFSyntax.number(point.y))"
        append(fonts.slant == 0 ? "BT \(origin) Td" : "BT 1 0 \(PDFSyntax.number(fonts.slant)) 1 \(origin) Tm")
        var start = 0
        while start < glyphs.count {
            let font = glyphs[start].font
            let end = glyphs[start...].firstIndex { $0.font != font } ?? glyphs.count
            let resource = embeddedResource(fonts.fonts[font], drawing: glyphs[start..<end])
            let codes = glyphs[start..<end].map { PDFEmbeddedFont.hex($0.glyph) }.joined()
            append("/\(resource) \(PDFSyntax.number(size)) Tf <\(codes)> Tj")
            start = end
        }
        append("ET Q")
    }

    /// The resource name of `font` on this page, recording the glyphs drawn from it.
    private mutating func embeddedResource(_ font: TrueTypeFont, drawing glyphs: ArraySlice<PlacedGlyph>) -> String {
        let index: Int
        if let known = embeddedFonts.firstIndex(where: { $0.font == font }) {
            index = known
        } else {
            embeddedFonts.append(EmbeddedFontUse(font: font))
            index = embeddedFonts.count - 1
        }
        for glyph in glyphs where embeddedFonts[index].glyphs[glyph.glyph] == nil {
            embeddedFonts[index].glyphs[glyph.glyph] = glyph.text
        }
        return EmbeddedFontUse.resourceName(index)
    }

    /// Strokes a straight line from `start` to `end`.
    public mutating func line(
        from start: PDFPoint,
        to end: PDFPoint,
        width: Double = 1,
        color: PDFColor = .black
    ) {
        append("q \(PDFSyntax.number(width)) w \(color.strokeOperator)")
        append("\(PDFSyntax.number(start.x)) \(PDFSyntax.number(start.y)) m")
        append("\(PDFSyntax.number(end.x)) \(PDFSyntax.number(end.y)) l S Q")
    }

    /// Draws a rectangle, filled with `fill` and outlined with `stroke`;
    /// pass `nil` to skip either. Nothing is drawn when both are `nil`.
    public mutating func rectangle(
        _ rect: PDFRect,
        stroke: PDFColor? = .black,
        fill: PDFColor? = nil,
        lineWidth: Double = 1
    ) {
        let paint: String
        switch (stroke, fill) {
        case (nil, nil): return
        case (.some, nil): paint = "S"
        case (nil, .some): paint = "f"
        case (.some, .some): paint = "B"
        }
        var state = "q"
        if let stroke { state += " \(PDFSyntax.number(lineWidth)) w \(stroke.strokeOperator)" }
        if let fill { state += " \(fill.fillOperator)" }
        append(state)
        append("\(Self.path(rect)) \(paint) Q")
    }

    /// Fills many rectangles with one colour as a single path: one `re` per
    /// rectangle and one fill. This keeps vector QR codes small and fast.
    public mutating func fillRectangles(_ rects: [PDFRect], color: PDFColor = .black) {
        guard !rects.isEmpty else { return }
        append("q \(color.fillOperator)")
        for rect in rects {
            append(Self.path(rect))
        }
        append("f Q")
    }

    /// The `re` operator appending `rect` to the current path.
    private static func path(_ rect: PDFRect) -> String {
        let numbers = [rect.x, rect.y, rect.width, rect.height].map(PDFSyntax.number)
        return numbers.joined(separator: " ") + " re"
    }

    /// Appends one line of ASCII operators to the content stream.
    private mutating func append(_ operators: String) {
        content += Array(operators.utf8)
        content.append(UInt8(ascii: "\n"))
    }
}

/// An embedded font as one page uses it.
struct EmbeddedFontUse: Sendable {
    let font: TrueTypeFont
    /// The glyphs drawn, each with the text it first stood for.
    var glyphs: [UInt16: String] = [:]

    /// The name under which a page's resources refer to its `index`-th embedded font (`/E1` ...).
    static func resourceName(_ index: Int) -> String {
        "E\(index + 1)"
    }
}
