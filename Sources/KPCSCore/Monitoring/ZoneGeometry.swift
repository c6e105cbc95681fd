import Foundation

/// A position on the WGS 84 datum, as GeoJSON (RFC 7946) gives it: longitude then latitude, kept in millionths of a
/// degree (about 11 cm) as exact integers, so a geometry reads back as it was stored and the arithmetic on it cannot
/// overflow: |longitude| ≤ 180 000 000 and |latitude| ≤ 90 000 000.
public struct GeoPosition: Sendable, Hashable {
    public var longitudeE6: Int64
    public var latitudeE6: Int64

    /// Millionths of a degree per degree.
    public static let scale: Int64 = 1_000_000

    public init(longitudeE6: Int64, latitudeE6: Int64) {
        self.longitudeE6 = longitudeE6
        self.latitudeE6 = latitudeE6
    }

    /// The longitude in degrees: the nearest double, which prints as the stored decimal.
    public var longitude: Double { Double(longitudeE6) / Double(Self.scale) }
    /// The latitude in degrees.
    public var latitude: Double { Double(latitudeE6) / Double(Self.scale) }
}

/// Where a mining zone lies: a point (a mine, an alluvial site) or a polygon (a licence area, a prefecture), in
/// GeoJSON's terms. A polygon is its exterior ring then its holes, each ring closed (its last position repeats its
/// first), the exterior counterclockwise and the holes clockwise (RFC 7946 §3.1.6); ``ZoneGeometryRules`` makes it
/// so, and refuses rings that cross themselves or each other.
public enum ZoneGeometry: Sendable, Equatable {
    case point(GeoPosition)
    case polygon([[GeoPosition]])

    /// GeoJSON's name of the geometry type.
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .polygon: return "Polygon"
        }
    }

    /// Every position, rings in order.
    public var positions: [GeoPosition] {
        switch self {
        case .point(let position): return [position]
        case .polygon(let rings): return rings.flatMap { $0 }
        }
    }
}

extension ZoneGeometry: Codable {
    enum CodingKeys: String, CodingKey { case type, coordinates }

    /// Writes the GeoJSON geometry object: `{"type":"Point","coordinates":[18.5,4.3]}`.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(typeName, forKey: .type)
        switch self {
        case .point(let position): try values.encode([position.longitude, position.latitude], forKey: .coordinates)
        case .polygon(let rings):
            try values.encode(rings.map { $0.map { [$0.longitude, $0.latitude] } }, forKey: .coordinates)
        }
    }

    /// Reads a geometry kpcs stored, through the same rules as a new one: a stored text that no longer passes is an
    /// error, not a trap.
    public init(from decoder: any Decoder) throws {
        let draft = try GeometryDraft(from: decoder)
        self = try ZoneGeometryRules.validate(draft, pointer: "")
    }
}

extension ZoneGeometry {
    /// The geometry as GeoJSON text, members sorted: what the database keeps, what `zone.registered` hashes and
    /// what the zone's page shows.
    public var geoJSONText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding an array of doubles and a string cannot fail.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// A GeoJSON geometry as it arrives: the type and the nested coordinate lists, unchecked.
public struct GeometryDraft: Codable, Sendable, Equatable {
    public var type: String?
    public var coordinates: CoordinateTree?

    public init(type: String?, coordinates: CoordinateTree?) {
        self.type = type
        self.coordinates = coordinates
    }
}

/// GeoJSON's nested coordinate arrays before their shape is known: a number, or a list. The request body's depth
/// is bounded before it is decoded (32 levels), so reading one cannot exhaust the stack.
public indirect enum CoordinateTree: Codable, Sendable, Equatable {
    case number(Double)
    case list([CoordinateTree])

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if let number = try? value.decode(Double.self) {
            self = .number(number)
        } else {
            self = .list(try value.decode([CoordinateTree].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var value = encoder.singleValueContainer()
        switch self {
        case .number(let number): try value.encode(number)
        case .list(let items): try value.encode(items)
        }
    }

    var list: [CoordinateTree]? {
        if case .list(let items) = self { return items }
        return nil
    }

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
