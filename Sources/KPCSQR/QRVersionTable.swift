/// Symbol parameters per version (1…40) and error correction level, after
/// ISO/IEC 18004:2015 Table 1 (symbol size and codeword counts), Table 9
/// (error correction blocks) and Annex E (alignment pattern positions).
///
/// Every function expects a version in `versions`; `byteCapacity` returns 0
/// for anything else.
enum QRVersionTable {
    /// All QR Code model 2 versions.
    static let versions = 1...40

    /// Modules per side: 17 + 4 × version.
    static func size(version: Int) -> Int {
        17 + 4 * version
    }

    /// Number of modules left for codewords and remainder bits once all
    /// function patterns, format and version information are reserved.
    static func dataModuleCount(version: Int) -> Int {
        let size = size(version: version)
        // Three finder patterns with their separators: 8 × 8 each.
        var count = size * size - 3 * 64
        // Two timing patterns, minus the parts inside the separators.
        count -= 2 * (size - 16)
        // Two copies of the 15 format bits, plus the dark module.
        count -= 31
        let alignmentAxis = alignmentPositions(version: version).count
        if alignmentAxis > 0 {
            // k² − 3 patterns of 25 modules; 2(k − 2) of them sit on a timing
            // pattern and share 5 modules with it.
            let patterns = alignmentAxis * alignmentAxis - 3
            count -= 25 * patterns - 5 * 2 * (alignmentAxis - 2)
        }
        if version >= 7 {
            // Two copies of the 18 version bits.
            count -= 36
        }
        return count
    }

    /// Total codewords (data plus error correction) in the symbol.
    static func totalCodewords(version: Int) -> Int {
        dataModuleCount(version: version) / 8
    }

    /// Error correction codewords in each block.
    static func ecCodewordsPerBlock(version: Int, errorCorrection: QRErrorCorrection) -> Int {
        let table: [Int]
        switch errorCorrection {
        case .low:
            table = [
                7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
                28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        case .medium:
            table = [
                10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            ]
        case .quartile:
            table = [
                13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
                28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        case .high:
            table = [
                17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
                30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        }
        return table[version - 1]
    }

    /// Number of error correction blocks the codewords are split into.
    static func blockCount(version: Int, errorCorrection: QRErrorCorrection) -> Int {
        let table: [Int]
        switch errorCorrection {
        case .low:
            table = [
                1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
                8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
            ]
        case .medium:
            table = [
                1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
            ]
        case .quartile:
            table = [
                1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
                23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
            ]
        case .high:
            table = [
                1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
                25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
            ]
        }
        return table[version - 1]
    }

    /// Data codewords available after error correction is subtracted.
    static func dataCodewords(version: Int, errorCorrection: QRErrorCorrection) -> Int {
        totalCodewords(version: version)
            - ecCodewordsPerBlock(version: version, errorCorrection: errorCorrection)
            * blockCount(version: version, errorCorrection: errorCorrection)
    }

    /// Width of the byte-mode character count indicator (§7.4.1, Table 3).
    static func characterCountBits(version: Int) -> Int {
        version <= 9 ? 8 : 16
    }

    /// Largest byte-mode payload: data bits minus the 4-bit mode indicator
    /// and the character count indicator, in whole bytes.
    static func byteCapacity(version: Int, errorCorrection: QRErrorCorrection) -> Int {
        guard versions.contains(version) else {
            return 0
        }
        let dataBits = dataCodewords(version: version, errorCorrection: errorCorrection) * 8
        return (dataBits - 4 - characterCountBits(version: version)) / 8
    }

    /// The smallest version, at least `minimumVersion` (clamped into 1…40),
    /// whose byte capacity holds `byteCount` bytes; nil if none does.
    static func smallestVersion(
        holding byteCount: Int, errorCorrection: QRErrorCorrection, minimumVersion: Int = 1
    ) -> Int? {
        let lowest = min(max(minimumVersion, versions.lowerBound), versions.upperBound)
        return (lowest...versions.upperBound).first {
            byteCapacity(version: $0, errorCorrection: errorCorrection) >= byteCount
        }
    }

    /// Row/column coordinates of alignment pattern centres (Annex E); empty
    /// for version 1. Centres are spaced evenly (by an even step) from the
    /// last row/column back towards row/column 6; version 32 is the one
    /// version whose step (26) is not the smallest even step that fits.
    static func alignmentPositions(version: Int) -> [Int] {
        guard version >= 2 else {
            return []
        }
        let count = version / 7 + 2
        let last = size(version: version) - 7
        let step: Int
        if version == 32 {
            step = 26
        } else {
            let span = last - 6
            let intervals = count - 1
            let minimum = (span + intervals - 1) / intervals
            step = minimum + minimum % 2
        }
        let fromEnd = (0..<(count - 1)).map { last - $0 * step }
        return [6] + fromEnd.reversed()
    }
}
