/// The rules of a zone's geometry: a GeoJSON Point or Polygon within the WGS 84 ranges, at most
/// ``maximumPositions`` positions in ``maximumRings`` rings, each ring closed with at least four positions and an
/// area, no ring crossing itself or another, every hole inside the exterior. Rings are turned to RFC 7946's
/// orientation. Pure arithmetic on bounded integers: nothing sent can trap it.
public enum ZoneGeometryRules {
    public static let maximumPositions = 1_000
    public static let maximumRings = 16

    /// Checks a drafted geometry and returns it in millionths of a degree, or throws every violation found, each
    /// pointing under `pointer` (`/geometry/coordinates/0/3`).
    public static func validate(_ draft: GeometryDraft, pointer: String) throws -> ZoneGeometry {
        var violations: [Violation] = []
        let geometry = check(draft, pointer: pointer, into: &violations)
        guard violations.isEmpty, let geometry else { throw KPCSError.validation(violations) }
        return geometry
    }

    static func check(_ draft: GeometryDraft, pointer: String, into violations: inout [Violation]) -> ZoneGeometry? {
        guard let type = draft.type else {
            violations.append(Violation("\(pointer)/type", RequestMessage.fieldRequired(field: "geometry.type")))
            return nil
        }
        let at = "\(pointer)/coordinates"
        switch type {
        case "Point":
            guard let coordinates = draft.coordinates else {
                violations.append(Violation(at, ZoneMessage.coordinatesShape(type: type)))
                return nil
            }
            return position(coordinates, pointer: at, into: &violations).map(ZoneGeometry.point)
        case "Polygon":
            guard let rings = draft.coordinates?.list, !rings.isEmpty else {
                violations.append(Violation(at, ZoneMessage.coordinatesShape(type: type)))
                return nil
            }
            return polygon(rings, pointer: at, into: &violations)
        default:
            violations.append(Violation("\(pointer)/type", ZoneMessage.geometryTypeUnsupported(type: type)))
            return nil
        }
    }

    /// `[longitude, latitude]` or `[longitude, latitude, altitude]` (the altitude is dropped), within range.
    static func position(_ tree: CoordinateTree, pointer: String, into violations: inout [Violation]) -> GeoPosition? {
        guard let items = tree.list, (2...3).contains(items.count), let longitude = items[0].number,
            let latitude = items[1].number, items.count == 2 || items[2].number != nil
        else {
            violations.append(Violation(pointer, ZoneMessage.positionShape))
            return nil
        }
        // The range check comes first, so the conversion to an integer below cannot trap.
        guard longitude.isFinite, latitude.isFinite, abs(longitude) <= 180, abs(latitude) <= 90 else {
            violations.append(Violation(pointer, ZoneMessage.positionOutOfRange))
            return nil
        }
        let scale = Double(GeoPosition.scale)
        return GeoPosition(
            longitudeE6: Int64((longitude * scale).rounded()), latitudeE6: Int64((latitude * scale).rounded()))
    }

    static func polygon(
        _ trees: [CoordinateTree], pointer: String, into violations: inout [Violation]
    )
        -> ZoneGeometry?
    {
        guard trees.count <= maximumRings else {
            violations.append(Violation(pointer, ZoneMessage.tooManyRings(maximum: String(maximumRings))))
            return nil
        }
        let total = trees.reduce(0) { $0 + ($1.list?.count ?? 0) }
        guard total <= maximumPositions else {
            violations.append(Violation(pointer, ZoneMessage.tooManyPositions(maximum: String(maximumPositions))))
            return nil
        }
        var rings: [[GeoPosition]] = []
        for (index, tree) in trees.enumerated() {
            let at = "\(pointer)/\(index)"
            guard let items = tree.list else {
                violations.append(Violation(at, ZoneMessage.coordinatesShape(type: "Polygon")))
                continue
            }
            let positions = items.enumerated().compactMap { offset, item in
                position(item, pointer: "\(at)/\(offset)", into: &violations)
            }
            guard positions.count == items.count else { continue }
            guard positions.count >= 4 else {
                violations.append(Violation(at, ZoneMessage.ringTooShort(ring: String(index))))
                continue
            }
            guard positions.first == positions.last else {
                violations.append(Violation(at, ZoneMessage.ringNotClosed(ring: String(index))))
                continue
            }
            guard PlaneGeometry.doubleArea(positions) != 0 else {
                violations.append(Violation(at, ZoneMessage.ringFlat(ring: String(index))))
                continue
            }
            rings.append(positions)
        }
        guard rings.count == trees.count else { return nil }
        if let (ring, other) = PlaneGeometry.firstCrossing(rings) {
            let message =
                ring == other
                ? ZoneMessage.ringCrossesItself(ring: String(ring))
                : ZoneMessage.ringsCross(ring: String(ring), other: String(other))
            violations.append(Violation("\(pointer)/\(other)", message))
            return nil
        }
        for index in rings.indices.dropFirst() where !PlaneGeometry.contains(rings[0], rings[index][0]) {
            violations.append(Violation("\(pointer)/\(index)", ZoneMessage.holeOutside(ring: String(index))))
        }
        guard violations.isEmpty else { return nil }
        // RFC 7946: the exterior ring counterclockwise, the holes clockwise.
        let oriented = rings.enumerated().map { index, ring in
            (PlaneGeometry.doubleArea(ring) > 0) == (index == 0) ? ring : Array(ring.reversed())
        }
        return .polygon(oriented)
    }
}
