/// Deterministic pseudo-random payloads (SplitMix64), so failures reproduce.
struct TestData {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let base64URLAlphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `count` base64url characters.
    mutating func base64URL(count: Int) -> [UInt8] {
        (0..<count).map { _ in Self.base64URLAlphabet[Int(next() % 64)] }
    }

    /// `count` arbitrary bytes.
    mutating func bytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    /// A certificate-like text: "KP1:" then dot-separated base64url parts, `count` bytes in all.
    mutating func certificateText(count: Int) -> String {
        var text = Array("KP1:".utf8)
        while text.count < count {
            let part = base64URL(count: min(Int(next() % 120) + 20, count - text.count))
            text += part
            if text.count < count - 1 {
                text.append(UInt8(ascii: "."))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
