import Foundation
import KPCSCore
import KPCSStore

/// The demo's mining zones: three of the Central African Republic's (rough outlines and a point, for the demo only,
/// not surveyed boundaries), registered by the administrator before the 2025 Plenary reviews two of them.
enum DemoZones {
    static let zones: [(code: String, name: String, geometry: GeometryDraft)] = [
        (
            "CF-BERBERATI", "Berberati (demo)",
            polygon([[15.55, 4.05], [16.05, 4.05], [16.05, 4.55], [15.55, 4.55]])
        ),
        ("CF-CARNOT", "Carnot (demo)", polygon([[15.70, 4.75], [16.10, 4.75], [16.10, 5.15], [15.70, 5.15]])),
        ("CF-BRIA", "Bria (demo)", GeometryDraft(type: "Point", coordinates: .list([.number(21.98), .number(6.54)]))),
    ]

    static func register(_ store: Store, by administrator: Principal) async throws {
        for zone in zones {
            _ = try await store.monitoring.register(
                ZoneDraft(participant: "CF", code: zone.code, name: zone.name, geometry: zone.geometry),
                by: administrator)
        }
    }

    /// A closed ring from its corners.
    static func polygon(_ corners: [[Double]]) -> GeometryDraft {
        let ring = (corners + [corners[0]]).map { CoordinateTree.list($0.map(CoordinateTree.number)) }
        return GeometryDraft(type: "Polygon", coordinates: .list([.list(ring)]))
    }
}
