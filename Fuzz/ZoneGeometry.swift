// libFuzzer target: a mining zone's GeoJSON geometry, as `POST /api/v1/zones` and the zone form read it: the strict
// reader first (depth, duplicates), then the draft, then `ZoneGeometryRules`. Checks: nothing traps; an accepted
// geometry is in range, its rings closed, at most `maximumPositions` positions, the exterior counterclockwise and the
// holes clockwise; written as GeoJSON it reads back as the same geometry.
// fuzz-modules: KPCSCore KPCSSealBase
import Foundation
import KPCSCore
import KPCSSeal

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard (try? JSONParser.checkRequestBody(bytes)) != nil,
        let draft = try? JSONDecoder().decode(GeometryDraft.self, from: Data(bytes)),
        let geometry = try? ZoneGeometryRules.validate(draft, pointer: "/geometry")
    else { return 0 }
    let positions = geometry.positions
    require(positions.count <= ZoneGeometryRules.maximumPositions, "more positions than the maximum")
    require(
        positions.allSatisfy { abs($0.longitudeE6) <= 180_000_000 && abs($0.latitudeE6) <= 90_000_000 },
        "a position out of range")
    if case .polygon(let rings) = geometry {
        require(rings.allSatisfy { $0.count >= 4 && $0.first == $0.last }, "a ring not closed")
        for (index, ring) in rings.enumerated() {
            require((signedArea(ring) > 0) == (index == 0), "ring \(index) wrongly oriented")
        }
    }
    guard let text = try? JSONEncoder().encode(geometry),
        let again = try? JSONDecoder().decode(ZoneGeometry.self, from: text)
    else { fatalError("ZoneGeometry: an accepted geometry does not read back") }
    require(again == geometry, "the geometry read back differs")
    return 0
}

/// The shoelace sum in doubles: only its sign is used, and the rings here are simple, so it is far from zero.
private func signedArea(_ ring: [GeoPosition]) -> Double {
    zip(ring, ring.dropFirst()).reduce(0) { sum, pair in
        sum + pair.0.longitude * pair.1.latitude - pair.1.longitude * pair.0.latitude
    }
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("ZoneGeometry: \(message())") }
}
