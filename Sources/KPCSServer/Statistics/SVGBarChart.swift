import KPCSCore

/// A small horizontal bar chart as inline SVG: no script, no external asset, readable by screen readers through
/// its title (the numbers themselves are in the table beside it).
enum SVGBarChart {
    struct Series {
        let name: String
        let colour: String
    }

    struct Bar {
        let label: String
        /// One value per series, in cents (drawn to scale, labelled in millions of dollars).
        let values: [Int64]
    }

    static func render(id: String, title: String, series: [Series], bars: [Bar], language: Language) -> HTML {
        let width = 640
        let labelWidth = 48
        let valueWidth = 96
        let barHeight = 12
        let rowHeight = barHeight * series.count + 8
        let legendHeight = 22
        let height = legendHeight + rowHeight * max(bars.count, 1)
        let maximum = max(bars.flatMap(\.values).max() ?? 1, 1)
        let plotWidth = Double(width - labelWidth - valueWidth)
        var svg: HTML = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-t" viewBox="0 0 \(width)\
             \(height)" width="100%" \
            style="max-width:\(width)px;font:11px system-ui,sans-serif"><title id="\(id)-t">\(title)</title>
            """
        for (index, item) in series.enumerated() {
            let x = labelWidth + index * 150
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(item.colour)\"/>"
            svg += "<text x=\"\(x + 14)\" y=\"13\">\(item.name)</text>"
        }
        for (row, bar) in bars.enumerated() {
            let top = legendHeight + row * rowHeight
            svg += "<text x=\"0\" y=\"\(top + barHeight)\">\(bar.label)</text>"
            for (index, value) in bar.values.enumerated() where index < series.count {
                let y = top + index * barHeight
                let length = Int((Double(value) / Double(maximum) * plotWidth).rounded())
                svg +=
                    """
                    <rect x="\(labelWidth)" y="\(y)" width="\(max(length, value > 0 ? 1 : 0))"\
                     height="\(barHeight - 2)" fill="\(series[index].colour)"/>
                    """
                svg +=
                    """
                    <text x="\(labelWidth + length + 4)" y="\(y + barHeight - 3)">\(millions(value, language))</text>
                    """
            }
        }
        return svg + "</svg>"
    }

    /// Cents as millions of US dollars with one decimal, unit included: `US$1,234.5 m` / `1 234,5 M$ US`.
    /// Rounded half up without adding to `cents`, so no value can overflow.
    static func millions(_ cents: Int64, _ language: Language) -> String {
        let tenths = cents / 10_000_000 + (cents % 10_000_000 >= 5_000_000 ? 1 : 0)
        let whole = Quantity.whole(tenths / 10, language)
        return language == .fr
            ? "\(whole),\(tenths % 10)\u{00A0}M$\u{00A0}US" : "US$\(whole).\(tenths % 10)\u{00A0}m"
    }
}
