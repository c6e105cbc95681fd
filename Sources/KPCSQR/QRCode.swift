/// Error correction level of a QR code: the share of codewords that can be
/// restored, roughly 7 % (`low`), 15 % (`medium`), 25 % (`quartile`) and
/// 30 % (`high`).
public enum QRErrorCorrection: Sendable, CaseIterable {
    case low, medium, quartile, high
}

/// Why a QR code could not be made.
public enum QRCodeError: Error, Equatable, Sendable {
    /// The payload is longer than a version 40 symbol holds at the requested
    /// error correction level.
    case dataTooLong(bytes: Int, maximum: Int)
}

/// A QR code (model 2, ISO/IEC 18004) holding one byte-mode segment.
///
/// The smallest version that fits is used, and the mask with the lowest
/// penalty score. Encoding is deterministic: equal inputs give equal codes.
public struct QRCode: Sendable, Equatable {
    /// Symbol version, 1…40: the smallest that holds the data and is at least
    /// the requested minimum.
    public let version: Int
    /// Error correction level the symbol was built with.
    public let errorCorrection: QRErrorCorrection
    /// Data mask pattern, 0…7, chosen by lowest penalty.
    public let mask: Int
    /// The finished modules, including function patterns.
    let modules: QRModuleGrid

    /// Modules per side, without quiet zone: 17 + 4 × version.
    public var size: Int { modules.size }

    /// Whether the module in column `x`, row `y` is dark; (0, 0) is the
    /// top-left module. Coordinates outside the symbol are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else {
            return false
        }
        return modules[x: x, y: y]
    }

    /// Encodes `bytes` in byte mode.
    ///
    /// - Parameters:
    ///   - bytes: The payload, stored as is.
    ///   - errorCorrection: Error correction level; `.medium` by default.
    ///   - minimumVersion: Smallest version to use; values outside 1…40 are
    ///     clamped into that range.
    /// - Throws: `QRCodeError.dataTooLong` when even a version 40 symbol at
    ///   this level cannot hold the payload.
    public init(
        bytes: [UInt8], errorCorrection: QRErrorCorrection = .medium, minimumVersion: Int = 1
    ) throws(QRCodeError) {
        guard
            let version = QRVersionTable.smallestVersion(
                holding: bytes.count, errorCorrection: errorCorrection, minimumVersion: minimumVersion)
        else {
            let largest = QRVersionTable.versions.upperBound
            throw .dataTooLong(
                bytes: bytes.count,
                maximum: QRVersionTable.byteCapacity(version: largest, errorCorrection: errorCorrection))
        }
        let data = QRCodewords.dataCodewords(
            for: bytes, version: version, errorCorrection: errorCorrection)
        var builder = QRMatrixBuilder(version: version)
        builder.placeCodewords(
            QRCodewords.interleaved(data: data, version: version, errorCorrection: errorCorrection))
        let choice = Self.bestMask(for: builder)
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = choice.mask
        self.modules = builder.finished(choice.grid, errorCorrection: errorCorrection, mask: choice.mask)
    }

    /// Encodes the UTF-8 bytes of `text` in byte mode with the smallest
    /// version that fits.
    /// - Throws: `QRCodeError.dataTooLong` when the text does not fit.
    public init(text: String, errorCorrection: QRErrorCorrection = .medium) throws(QRCodeError) {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection)
    }

    /// Maximum byte-mode payload for a version and level; 0 for a version
    /// outside 1…40.
    public static func byteCapacity(version: Int, errorCorrection: QRErrorCorrection) -> Int {
        QRVersionTable.byteCapacity(version: version, errorCorrection: errorCorrection)
    }

    /// The mask whose masked symbol has the lowest penalty (the first on a
    /// tie), evaluated before format and version information are added as in
    /// the encoding procedure of ISO/IEC 18004:2015 §7.1.
    static func bestMask(for builder: QRMatrixBuilder) -> (mask: Int, grid: QRModuleGrid) {
        var best = (mask: 0, grid: builder.masked(with: 0))
        var bestPenalty = QRMask.penalty(best.grid)
        for mask in QRMask.all.dropFirst() {
            let grid = builder.masked(with: mask)
            let penalty = QRMask.penalty(grid)
            if penalty < bestPenalty {
                best = (mask, grid)
                bestPenalty = penalty
            }
        }
        return best
    }
}
