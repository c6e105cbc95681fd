/// The C2SP tlog-tiles layout: hash tiles of height 8 (256 hashes wide) and entry bundles, at
/// `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]`, N written in 3-digit groups (`x001/x234/067`).
public struct TilePath: Sendable, Equatable, Hashable {
    public static let width: UInt64 = 256
    /// Tree levels per tile level.
    public static let height = 8
    /// The largest tile index a path may name: a log has fewer than 2^63 leaves, so no tile at any level starts at
    /// or beyond leaf 2^63, and `index * width + width` always fits in 64 bits.
    public static let maximumIndex: UInt64 = (UInt64(1) << 55) - 1

    /// nil for an entry bundle.
    public var level: Int?
    public var index: UInt64
    /// 1…256; 256 is a full tile (no `.p/` suffix).
    public var width: Int

    public init(level: Int?, index: UInt64, width: Int) {
        self.level = level
        self.index = index
        self.width = width
    }

    public var isPartial: Bool { width < Int(Self.width) }

    /// The leaves (for an entry bundle) or level nodes (for a hash tile) this tile covers: `first ..< first + width`.
    /// Never traps: the index is at most ``maximumIndex``.
    public var range: Range<UInt64> {
        let first = index.multipliedReportingOverflow(by: Self.width)
        let end = first.partialValue.addingReportingOverflow(UInt64(width))
        guard !first.overflow, !end.overflow else { return UInt64.max..<UInt64.max }
        return first.partialValue..<end.partialValue
    }

    /// The path below the log's prefix, e.g. `tile/0/x001/234.p/7` or `tile/entries/005`.
    public var path: String {
        var groups: [String] = []
        var rest = index
        repeat {
            let group = String(rest % 1000)
            groups.insert(String(repeating: "0", count: 3 - group.count) + group, at: 0)
            rest /= 1000
        } while rest > 0
        let number = groups.enumerated().map { $0.offset < groups.count - 1 ? "x" + $0.element : $0.element }.joined(
            separator: "/")
        let head = level.map { "tile/\($0)" } ?? "tile/entries"
        return "\(head)/\(number)" + (isPartial ? ".p/\(width)" : "")
    }

    /// Parses what follows `tile/`; nil for anything that is not a canonical tile path.
    public init?(path: String) {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        let head = parts.removeFirst()
        var level: Int?
        if head != "entries" {
            guard let value = Int(head), (0...63).contains(value), String(value) == head else { return nil }
            level = value
        }
        var width = Int(Self.width)
        if parts.count >= 2, parts[parts.count - 2].hasSuffix(".p") {
            guard let value = Int(parts[parts.count - 1]), (1...255).contains(value),
                String(value) == parts[parts.count - 1]
            else {
                return nil
            }
            width = value
            parts.removeLast()
            parts[parts.count - 1].removeLast(2)
        }
        var index: UInt64 = 0
        for (position, part) in parts.enumerated() {
            let last = position == parts.count - 1
            let digits = last ? Substring(part) : (part.hasPrefix("x") ? part.dropFirst() : "")
            guard digits.count == 3, digits.allSatisfy(\.isASCII), let value = UInt64(digits) else { return nil }
            let (shifted, overflow) = index.multipliedReportingOverflow(by: 1000)
            guard !overflow else { return nil }
            index = shifted + value
            guard index <= Self.maximumIndex else { return nil }
        }
        self.init(level: level, index: index, width: width)
        // Only the one canonical spelling is accepted (no extra zero groups, no `x` on the last group).
        guard self.path == "tile/" + path else { return nil }
    }

    /// Every tile (full or partial) of a tree of `size` leaves at tile level `level`, and its entry bundles for level
    /// nil.
    public static func tiles(level: Int?, treeSize size: UInt64) -> [TilePath] {
        let span = level.map { UInt64(1) << UInt64(Self.height * $0) } ?? 1
        guard (level ?? 0) < 8 else { return [] }
        let count = size / span
        var tiles = (0..<(count / Self.width)).map { TilePath(level: level, index: $0, width: Int(Self.width)) }
        if count % Self.width > 0 {
            tiles.append(TilePath(level: level, index: count / Self.width, width: Int(count % Self.width)))
        }
        return tiles
    }
}
