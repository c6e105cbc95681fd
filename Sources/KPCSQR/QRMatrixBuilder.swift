/// Lays out the modules of one symbol: function patterns (ISO/IEC 18004
/// §6.3), codeword placement (§7.7), data masking (§7.8), format information
/// (§7.9) and version information (§7.10).
///
/// Function patterns are drawn and the format/version areas reserved (left
/// light) on creation; `placeCodewords` fills the encoding region;
/// `masked(with:)` gives a candidate for mask evaluation; `finished` adds the
/// format and version information to the chosen candidate.
struct QRMatrixBuilder: Sendable {
    let version: Int
    /// Module colours drawn so far.
    private(set) var modules: QRModuleGrid
    /// `true` for modules outside the encoding region: function patterns and
    /// the format and version information areas.
    private(set) var reserved: QRModuleGrid

    init(version: Int) {
        self.version = version
        let size = QRVersionTable.size(version: version)
        modules = QRModuleGrid(size: size)
        reserved = QRModuleGrid(size: size)
        drawFunctionPatterns()
        for (x, y) in Self.formatPositions(size: size).flatMap({ $0 }) {
            reserved[x: x, y: y] = true
        }
        for (x, y) in Self.versionPositions(size: size, version: version).flatMap({ $0 }) {
            reserved[x: x, y: y] = true
        }
    }

    private var size: Int { modules.size }

    // MARK: Function patterns

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[x: x, y: y] = dark
        reserved[x: x, y: y] = true
    }

    private mutating func drawFunctionPatterns() {
        // Timing patterns first: alignment patterns on row/column 6 agree with them.
        for index in 8..<(size - 8) {
            setFunction(x: index, y: 6, dark: index % 2 == 0)
            setFunction(x: 6, y: index, dark: index % 2 == 0)
        }
        // Finder patterns with their light separators (9 × 9 clipped to the symbol).
        for (centerX, centerY) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = centerX + dx
                    let y = centerY + dy
                    guard (0..<size).contains(x), (0..<size).contains(y) else {
                        continue
                    }
                    let ring = max(abs(dx), abs(dy))
                    setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                }
            }
        }
        // Alignment patterns everywhere on the position grid except the finder corners.
        let positions = QRVersionTable.alignmentPositions(version: version)
        if let first = positions.first, let last = positions.last {
            let finderCorners = [(first, first), (last, first), (first, last)]
            for centerY in positions {
                for centerX in positions
                where !finderCorners.contains(where: { $0 == (centerX, centerY) }) {
                    for dy in -2...2 {
                        for dx in -2...2 {
                            setFunction(
                                x: centerX + dx, y: centerY + dy,
                                dark: max(abs(dx), abs(dy)) != 1)
                        }
                    }
                }
            }
        }
        // The dark module beside the lower-left finder (§7.9.1).
        setFunction(x: 8, y: size - 8, dark: true)
    }

    // MARK: Codeword placement

    /// Places codeword bits (most significant first) in the encoding region
    /// in two-module-wide columns, starting at the bottom-right and
    /// alternating upwards and downwards, skipping the vertical timing
    /// pattern. Modules left over are the remainder bits and stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var upward = true
        var right = size - 1
        while right >= 1 {
            if right == 6 {
                right = 5
            }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !reserved[x: x, y: y] {
                    if bitIndex < totalBits {
                        let codeword = codewords[bitIndex / 8]
                        modules[x: x, y: y] = (codeword >> UInt8(7 - bitIndex % 8)) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    // MARK: Masking, format and version information

    /// The current modules with data mask `mask` applied to the encoding
    /// region; format and version areas are still light.
    func masked(with mask: Int) -> QRModuleGrid {
        var result = modules
        for y in 0..<size {
            for x in 0..<size where !reserved[x: x, y: y] && QRMask.inverts(mask: mask, x: x, y: y) {
                result[x: x, y: y].toggle()
            }
        }
        return result
    }

    /// `grid` with both copies of the format information and, from version
    /// 7 on, both copies of the version information drawn in.
    func finished(
        _ grid: QRModuleGrid, errorCorrection: QRErrorCorrection, mask: Int
    ) -> QRModuleGrid {
        var result = grid
        let format = Self.formatBits(errorCorrection: errorCorrection, mask: mask)
        for copy in Self.formatPositions(size: size) {
            for (bit, (x, y)) in copy.enumerated() {
                result[x: x, y: y] = (format >> bit) & 1 == 1
            }
        }
        let versionInfo = Self.versionBits(version: version)
        for copy in Self.versionPositions(size: size, version: version) {
            for (bit, (x, y)) in copy.enumerated() {
                result[x: x, y: y] = (versionInfo >> bit) & 1 == 1
            }
        }
        return result
    }

    /// Remainder of `value · x^degree(generator)` divided by `generator`,
    /// all polynomials over GF(2) written as bit patterns.
    private static func bchRemainder(of value: Int, generator: Int) -> Int {
        let degree = generator.bitWidth - generator.leadingZeroBitCount - 1
        var remainder = value << degree
        for bit in stride(
            from: remainder.bitWidth - remainder.leadingZeroBitCount - 1,
            through: degree, by: -1)
        where (remainder >> bit) & 1 == 1 {
            remainder ^= generator << (bit - degree)
        }
        return remainder
    }

    /// The 15 format bits: 2 level bits and 3 mask bits, a BCH(15,5) code
    /// with generator x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1 (0x537), XORed with
    /// 0x5412 so that no valid pattern is all zero (§7.9.1).
    static func formatBits(errorCorrection: QRErrorCorrection, mask: Int) -> Int {
        let levelBits: Int
        switch errorCorrection {
        case .low: levelBits = 0b01
        case .medium: levelBits = 0b00
        case .quartile: levelBits = 0b11
        case .high: levelBits = 0b10
        }
        let data = levelBits << 3 | (mask & 0b111)
        return (data << 10 | bchRemainder(of: data, generator: 0x537)) ^ 0x5412
    }

    /// The 18 version bits: the 6-bit version number and a BCH(18,6) code
    /// with generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1 (0x1F25)
    /// (§7.10). Only used from version 7 on.
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(of: version, generator: 0x1F25)
    }

    /// Coordinates of format bits 0…14 for each of the two copies: one
    /// around the top-left finder, one split between the top-right and
    /// bottom-left finders.
    static func formatPositions(size: Int) -> [[(x: Int, y: Int)]] {
        let topLeft: [(x: Int, y: Int)] =
            (0...5).map { (x: 8, y: $0) } + [(x: 8, y: 7), (x: 8, y: 8), (x: 7, y: 8)]
            + (9...14).map { (x: 14 - $0, y: 8) }
        let split: [(x: Int, y: Int)] =
            (0...7).map { (x: size - 1 - $0, y: 8) } + (8...14).map { (x: 8, y: size - 15 + $0) }
        return [topLeft, split]
    }

    /// Coordinates of version bits 0…17 for each of the two copies (6 × 3
    /// above the bottom-left finder, 3 × 6 left of the top-right finder);
    /// none below version 7.
    static func versionPositions(size: Int, version: Int) -> [[(x: Int, y: Int)]] {
        guard version >= 7 else {
            return []
        }
        let bottomLeft = (0..<18).map { (x: $0 / 3, y: size - 11 + $0 % 3) }
        let topRight = bottomLeft.map { (x: $0.y, y: $0.x) }
        return [bottomLeft, topRight]
    }
}
