/// Plane arithmetic on positions in millionths of a degree, longitude as x and latitude as y. Every difference of
/// two coordinates is at most 360 000 000 and every product of two differences below 1.3 × 10¹⁷, within 64 bits;
/// the area's running sum wraps (`&+`) and comes out exact, since the final value is bounded by the same figure.
enum PlaneGeometry {
    /// Twice the signed area of a closed ring (the shoelace formula): positive when counterclockwise.
    static func doubleArea(_ ring: [GeoPosition]) -> Int64 {
        guard let origin = ring.first else { return 0 }
        var sum: Int64 = 0
        for index in ring.indices.dropLast() {
            let a = offset(ring[index], from: origin)
            let b = offset(ring[index + 1], from: origin)
            sum = sum &+ (a.x * b.y - b.x * a.y)
        }
        return sum
    }

    /// The first pair of rings (by index; a ring with itself when it crosses itself) whose edges meet anywhere but
    /// at the shared end of two consecutive edges of one ring.
    static func firstCrossing(_ rings: [[GeoPosition]]) -> (Int, Int)? {
        for first in rings.indices {
            for second in first..<rings.count {
                if edgesMeet(rings[first], rings[second], sameRing: first == second) { return (first, second) }
            }
        }
        return nil
    }

    /// Whether a point lies strictly inside a closed ring (even–odd rule).
    static func contains(_ ring: [GeoPosition], _ point: GeoPosition) -> Bool {
        var inside = false
        for index in ring.indices.dropLast() {
            let a = ring[index]
            let b = ring[index + 1]
            guard (a.latitudeE6 > point.latitudeE6) != (b.latitudeE6 > point.latitudeE6) else { continue }
            // Which side of edge a→b the point is on, without a division: the edge crosses the point's latitude.
            let side = orientation(a, b, point)
            if (side > 0) == (b.latitudeE6 > a.latitudeE6) { inside.toggle() }
        }
        return inside
    }

    private static func edgesMeet(_ ring: [GeoPosition], _ other: [GeoPosition], sameRing: Bool) -> Bool {
        let edges = ring.count - 1
        let otherEdges = other.count - 1
        for i in 0..<edges {
            for j in (sameRing ? i + 1 : 0)..<otherEdges {
                if sameRing && (j == i + 1 || (i == 0 && j == edges - 1)) {
                    // Consecutive edges share an end; they may still fold back over each other.
                    if collinearOverlap(ring[i], ring[i + 1], other[j], other[j + 1]) { return true }
                    continue
                }
                if segmentsMeet(ring[i], ring[i + 1], other[j], other[j + 1]) { return true }
            }
        }
        return false
    }

    private static func segmentsMeet(_ p: GeoPosition, _ q: GeoPosition, _ r: GeoPosition, _ s: GeoPosition) -> Bool {
        let d1 = orientation(p, q, r).signum()
        let d2 = orientation(p, q, s).signum()
        let d3 = orientation(r, s, p).signum()
        let d4 = orientation(r, s, q).signum()
        if d1 != d2 && d3 != d4 && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0 { return true }
        return (d1 == 0 && within(p, q, r)) || (d2 == 0 && within(p, q, s)) || (d3 == 0 && within(r, s, p))
            || (d4 == 0 && within(r, s, q))
    }

    /// Two consecutive edges p→q and r→s (q == r or s == p) that lie on one line and overlap beyond their shared end.
    private static func collinearOverlap(
        _ p: GeoPosition, _ q: GeoPosition, _ r: GeoPosition, _ s: GeoPosition
    )
        -> Bool
    {
        guard orientation(p, q, r) == 0, orientation(p, q, s) == 0 else { return false }
        let shared = q == r ? q : p
        let a = q == r ? p : q
        let b = q == r ? s : r
        let u = offset(a, from: shared)
        let v = offset(b, from: shared)
        return u.x * v.x + u.y * v.y > 0
    }

    /// The cross product of a→b and a→c: positive when c is to the left of a→b.
    private static func orientation(_ a: GeoPosition, _ b: GeoPosition, _ c: GeoPosition) -> Int64 {
        let u = offset(b, from: a)
        let v = offset(c, from: a)
        return u.x * v.y - u.y * v.x
    }

    /// Whether c, on the line through a and b, lies on the segment a–b.
    private static func within(_ a: GeoPosition, _ b: GeoPosition, _ c: GeoPosition) -> Bool {
        min(a.longitudeE6, b.longitudeE6) <= c.longitudeE6 && c.longitudeE6 <= max(a.longitudeE6, b.longitudeE6)
            && min(a.latitudeE6, b.latitudeE6) <= c.latitudeE6 && c.latitudeE6 <= max(a.latitudeE6, b.latitudeE6)
    }

    private static func offset(_ point: GeoPosition, from origin: GeoPosition) -> (x: Int64, y: Int64) {
        (point.longitudeE6 - origin.longitudeE6, point.latitudeE6 - origin.latitudeE6)
    }
}
