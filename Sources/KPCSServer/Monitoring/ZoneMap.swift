import Foundation
import KPCSCore

/// A map of mining zones as inline SVG, drawn from their geometry alone: no tiles, no script, nothing fetched. The
/// projection is equirectangular around the zones' middle latitude (longitudes shrunk by its cosine), fitted to
/// their bounding box; each zone is drawn in its status's colour, with its code beside it and its name and status
/// in a tooltip, and the same facts are in the table under the map, so colour is never the only cue.
enum ZoneMap {
    static let width = 640.0
    static let margin = 28.0

    static func svg(_ zones: [MiningZone], today: CalendarDate, title: String, language: Language) -> HTML {
        let positions = zones.flatMap(\.geometry.positions)
        guard let first = positions.first else { return "" }
        var (west, east, south, north) = (first.longitude, first.longitude, first.latitude, first.latitude)
        for position in positions {
            west = min(west, position.longitude)
            east = max(east, position.longitude)
            south = min(south, position.latitude)
            north = max(north, position.latitude)
        }
        // A lone point, or zones on one line, still get a box of half a degree around them.
        let pad = 0.25
        if east - west < pad { (west, east) = (west - pad, east + pad) }
        if north - south < pad { (south, north) = (south - pad, north + pad) }
        let shrink = max(0.2, cos((north + south) / 2 * .pi / 180))
        let spanX = (east - west) * shrink
        let spanY = north - south
        let scale = (width - 2 * margin) / spanX
        let height = min(480, max(200, spanY * scale + 2 * margin))
        let fit = min(scale, (height - 2 * margin) / spanY)
        func point(_ position: GeoPosition) -> (Double, Double) {
            (margin + (position.longitude - west) * shrink * fit, margin + (north - position.latitude) * fit)
        }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        var shapes: HTML = ""
        for zone in zones {
            let status = zone.status(on: today)
            let colour = colour(status)
            let label = "\(zone.code) — \(zone.name) — \(ZoneText.statusOrNone(status, language))"
            let anchor: (Double, Double)
            var offset = 8.0
            switch zone.geometry {
            case .point(let position):
                anchor = point(position)
                shapes += """
                    <circle cx="\(number(anchor.0))" cy="\(number(anchor.1))" r="6" fill="\(colour)"\
                     stroke="#222" stroke-width="1"><title>\(label)</title></circle>
                    """
            case .polygon(let rings):
                let path = rings.map { ring in
                    "M"
                        + ring.map {
                            let p = point($0)
                            return "\(number(p.0)) \(number(p.1))"
                        }.joined(separator: " L")
                        + " Z"
                }.joined(separator: " ")
                // The label sits at the middle of the exterior's box.
                let corners = rings[0].map(point)
                let xs = corners.map(\.0)
                let ys = corners.map(\.1)
                anchor = (((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
                offset = 0
                shapes += """
                    <path d="\(path)" fill="\(colour)" fill-opacity="0.55" fill-rule="evenodd" stroke="#222"\
                     stroke-width="1"><title>\(label)</title></path>
                    """
            }
            // A label that would leave the map on the right is written to the left of its anchor.
            let room = Double(zone.code.count) * 7.5
            let leftward = anchor.0 + offset + room > width - 2
            let x = leftward ? max(2, anchor.0 - offset) : anchor.0 + offset
            shapes += """
                <text x="\(number(x))" y="\(number(max(12, anchor.1 - 6)))" font-size="12" fill="#111"\
                 text-anchor="\(leftward ? "end" : (offset == 0 ? "middle" : "start"))">\(zone.code)</text>
                """
        }
        let description = ZoneText.mapDescription(
            zones.count, west: west, east: east, south: south, north: north, language: language)
        return """
            <figure id="zone-map"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(number(width))\
             \(number(height))" width="100%" role="img" aria-labelledby="zone-map-title zone-map-desc"\
            ><title id="zone-map-title">\(title)</title><desc id="zone-map-desc">\(description)</desc>\
            <rect x="0" y="0" width="\(number(width))" height="\(number(height))" fill="#f4f7fb"\
             stroke="#888"/>\(shapes)</svg>\(legend(language))</figure>
            """
    }

    static func colour(_ status: ZoneStatus?) -> String {
        switch status {
        case .compliant: "#2e7d32"
        case .nonCompliant: "#c62828"
        case .underMonitoring: "#f9a825"
        case nil: "#9e9e9e"
        }
    }

    static func legend(_ language: Language) -> HTML {
        let items = ([nil] + ZoneStatus.allCases.map(Optional.some)).map { status -> HTML in
            """
            <li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14"\
             fill="\(colour(status))"/></svg> \(ZoneText.statusOrNone(status, language))</li>
            """
        }
        return "<figcaption><ul class=\"legend\">\(items.joined())</ul></figcaption>"
    }
}
