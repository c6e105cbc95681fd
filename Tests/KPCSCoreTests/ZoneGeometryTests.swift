import Foundation
import Testing

@testable import KPCSCore

/// A zone's geometry: GeoJSON Points and Polygons in range, rings closed and simple, holes inside, oriented as
/// RFC 7946 says; anything else is refused with the position named.
@Suite struct ZoneGeometryTests {
    static func ring(_ corners: [[Double]]) -> CoordinateTree {
        .list((corners + [corners[0]]).map { .list($0.map(CoordinateTree.number)) })
    }

    static func polygon(_ rings: CoordinateTree...) -> GeometryDraft {
        GeometryDraft(type: "Polygon", coordinates: .list(rings))
    }

    static func codes(_ draft: GeometryDraft) -> [String] {
        do {
            _ = try ZoneGeometryRules.validate(draft, pointer: "/geometry")
            return []
        } catch let error as KPCSError {
            return error.violations.map { "\($0.pointer) \($0.message.key.code)" }
        } catch { return ["\(error)"] }
    }

    @Test func aPointKeepsItsDecimalsExactlyAndDropsTheAltitude() throws {
        let draft = GeometryDraft(type: "Point", coordinates: .list([.number(15.873461), .number(-4.3), .number(500)]))
        let geometry = try ZoneGeometryRules.validate(draft, pointer: "/geometry")
        #expect(geometry == .point(GeoPosition(longitudeE6: 15_873_461, latitudeE6: -4_300_000)))
        let text = String(decoding: try JSONEncoder().encode(geometry), as: UTF8.self)
        #expect(text.contains("[15.873461,-4.3]"), "\(text)")
        #expect(try JSONDecoder().decode(ZoneGeometry.self, from: Data(text.utf8)) == geometry)
    }

    @Test func ringsAreTurnedToTheRightHandRule() throws {
        // Exterior given clockwise, hole given counterclockwise: both are turned.
        let exterior = Self.ring([[0, 0], [0, 10], [10, 10], [10, 0]])
        let hole = Self.ring([[2, 2], [4, 2], [4, 4], [2, 4]])
        guard case .polygon(let rings) = try ZoneGeometryRules.validate(Self.polygon(exterior, hole), pointer: "")
        else {
            Issue.record("not a polygon")
            return
        }
        #expect(PlaneGeometry.doubleArea(rings[0]) > 0 && PlaneGeometry.doubleArea(rings[1]) < 0)
        #expect(rings[0].first == rings[0].last && rings[0].count == 5)
    }

    @Test func badGeometriesAreRefusedWithThePositionNamed() {
        #expect(
            Self.codes(GeometryDraft(type: "LineString", coordinates: nil)) == [
                "/geometry/type geometry-type-unsupported"
            ])
        #expect(Self.codes(GeometryDraft(type: nil, coordinates: nil)) == ["/geometry/type field-required"])
        #expect(
            Self.codes(GeometryDraft(type: "Point", coordinates: .list([.number(181), .number(0)])))
                == ["/geometry/coordinates geometry-position-out-of-range"])
        #expect(
            Self.codes(GeometryDraft(type: "Point", coordinates: .number(3)))
                == ["/geometry/coordinates geometry-position-invalid"])
        let open = CoordinateTree.list(
            [[0, 0], [1, 0], [1, 1], [0, 1]].map { .list($0.map(CoordinateTree.number)) })
        #expect(Self.codes(Self.polygon(open)) == ["/geometry/coordinates/0 geometry-ring-not-closed"])
        let bowtie = Self.ring([[0, 0], [4, 4], [4, 0], [0, 2]])
        #expect(Self.codes(Self.polygon(bowtie)) == ["/geometry/coordinates/0 geometry-ring-crosses-itself"])
        let flat = Self.ring([[0, 0], [1, 1], [2, 2]])
        #expect(Self.codes(Self.polygon(flat)) == ["/geometry/coordinates/0 geometry-ring-flat"])
        let square = Self.ring([[0, 0], [10, 0], [10, 10], [0, 10]])
        let outside = Self.ring([[20, 20], [22, 20], [22, 22], [20, 22]])
        #expect(Self.codes(Self.polygon(square, outside)) == ["/geometry/coordinates/1 geometry-hole-outside"])
        let crossing = Self.ring([[5, 5], [15, 5], [15, 6], [5, 6]])
        #expect(Self.codes(Self.polygon(square, crossing)) == ["/geometry/coordinates/1 geometry-rings-cross"])
        let short = CoordinateTree.list([[0, 0], [1, 0], [0, 0]].map { .list($0.map(CoordinateTree.number)) })
        #expect(Self.codes(Self.polygon(short)) == ["/geometry/coordinates/0 geometry-ring-too-short"])
    }

    @Test func theBoundsHoldWhateverIsSent() {
        let many = Self.ring(
            (0..<1_001).map { index in
                let angle = Double(index) / 1_001 * 2 * .pi
                return [cos(angle), sin(angle)]
            })
        #expect(Self.codes(Self.polygon(many)) == ["/geometry/coordinates geometry-too-many-positions"])
        let rings = (0...ZoneGeometryRules.maximumRings).map { _ in Self.ring([[0, 0], [1, 0], [1, 1]]) }
        #expect(
            Self.codes(GeometryDraft(type: "Polygon", coordinates: .list(rings)))
                == ["/geometry/coordinates geometry-too-many-rings"])
        // The far corners of the world: the arithmetic stays within 64 bits.
        let world = Self.ring([[-180, -90], [180, -90], [180, 90], [-180, 90]])
        #expect(Self.codes(Self.polygon(world)).isEmpty)
    }

    @Test func aZoneCodeStartsWithItsParticipant() {
        #expect(ZoneRules.isCode("CF-BERBERATI", of: "CF") && ZoneRules.isCode("CF-ZONE-2", of: "CF"))
        for bad in ["CF-", "CF--A", "CF-A-", "BW-A", "CF-a", "CF-" + String(repeating: "A", count: 30), "CFA"] {
            #expect(!ZoneRules.isCode(bad, of: "CF"), "\(bad)")
        }
    }
}
