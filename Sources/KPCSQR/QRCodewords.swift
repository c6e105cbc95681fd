/// Turns a byte-mode payload into the final codeword sequence of a symbol:
/// the data bit stream with terminator and padding (ISO/IEC 18004 §7.4),
/// error correction per block (§7.5) and block interleaving (§7.6).
enum QRCodewords {
    /// Byte-mode indicator (§7.4.2, Table 2).
    private static let byteModeIndicator = 0b0100
    /// Pad codewords used alternately to fill the data capacity (§7.4.10).
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// The data codewords for `bytes`: mode indicator, character count,
    /// the bytes, a terminator of up to four zero bits, zero bits up to a
    /// byte boundary, then alternating pad codewords. The caller ensures
    /// `bytes` fits (`QRVersionTable.byteCapacity`).
    static func dataCodewords(
        for bytes: [UInt8], version: Int, errorCorrection: QRErrorCorrection
    ) -> [UInt8] {
        let capacityBits =
            QRVersionTable.dataCodewords(
                version: version, errorCorrection: errorCorrection) * 8
        var buffer = BitBuffer()
        buffer.append(byteModeIndicator, bitCount: 4)
        buffer.append(bytes.count, bitCount: QRVersionTable.characterCountBits(version: version))
        for byte in bytes {
            buffer.append(Int(byte), bitCount: 8)
        }
        buffer.append(0, bitCount: min(4, capacityBits - buffer.count))
        buffer.append(0, bitCount: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        var padIndex = 0
        while codewords.count * 8 < capacityBits {
            codewords.append(padCodewords[padIndex % 2])
            padIndex += 1
        }
        return codewords
    }

    /// Splits data codewords into the version's blocks (shorter blocks
    /// first), appends Reed–Solomon codewords to each, and interleaves: the
    /// i-th data codeword of every block in turn, then the i-th error
    /// correction codeword of every block in turn.
    static func interleaved(
        data: [UInt8], version: Int, errorCorrection: QRErrorCorrection
    ) -> [UInt8] {
        let blockCount = QRVersionTable.blockCount(version: version, errorCorrection: errorCorrection)
        let ecCount = QRVersionTable.ecCodewordsPerBlock(
            version: version, errorCorrection: errorCorrection)
        let shortLength = data.count / blockCount
        let longBlocks = data.count % blockCount

        var dataBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortLength + (index >= blockCount - longBlocks ? 1 : 0)
            dataBlocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.errorCorrection(for: $0, count: ecCount) }

        var result: [UInt8] = []
        result.reserveCapacity(data.count + ecCount * blockCount)
        for column in 0...shortLength {
            for block in dataBlocks where column < block.count {
                result.append(block[column])
            }
        }
        for column in 0..<ecCount {
            for block in ecBlocks {
                result.append(block[column])
            }
        }
        return result
    }
}
