/// An append-only sequence of bits, most significant bit first, used to
/// assemble the data bit stream of a QR symbol before it is cut into codewords.
struct BitBuffer: Sendable, Equatable {
    /// The bits appended so far, in order.
    private(set) var bits: [Bool] = []

    /// Number of bits appended so far.
    var count: Int { bits.count }

    /// Appends the `bitCount` lowest bits of `value`, most significant first.
    mutating func append(_ value: Int, bitCount: Int) {
        for shift in stride(from: bitCount - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// The bits packed into bytes, most significant bit first; a final
    /// partial byte is filled with zero bits.
    var bytes: [UInt8] {
        var result = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (index, bit) in bits.enumerated() where bit {
            result[index / 8] |= UInt8(0x80) >> UInt8(index % 8)
        }
        return result
    }
}
