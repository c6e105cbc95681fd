import Crypto

/// The short code printed beside the seal, for a person who has the paper but no scanner to type: the first 50 bits
/// of SHA-256 over the seal's text exactly as the QR code holds it (`KP1:…`, UTF-8, nothing around it), as ten
/// characters of Crockford's base32, most significant first, shown in two groups of five (`5YG4N-ZZW85`).
///
/// It names a seal, it proves nothing: anyone who has the seal can compute it, and two seals share a code with a
/// chance of 2⁻⁵⁰. docs/verification.md ("Verification code") describes it for other implementations.
public enum VerificationCode {
    /// Crockford's base32 alphabet: digits and letters without I, L, O and U.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// The characters of a code, without the dash.
    public static let length = 10

    /// The code of a seal, `XXXXX-XXXXX`.
    public static func of(seal: String) -> String {
        let digest = Array(SHA256.hash(data: Array(seal.utf8)))
        // The first 56 bits, big-endian; the 50 wanted are the top ones.
        let top = digest.prefix(7).reduce(UInt64(0)) { ($0 << 8) | UInt64($1) } >> 6
        let characters = (0..<length).map { index in alphabet[Int((top >> UInt64(5 * (length - 1 - index))) & 31)] }
        return String(characters.prefix(5)) + "-" + String(characters.dropFirst(5))
    }

    /// A code as someone typed it, in the printed form, or nil when it cannot be one: any case, dashes and spaces
    /// anywhere, and Crockford's look-alikes read as he says (`I` and `L` as `1`, `O` as `0`).
    public static func normalized(_ typed: String) -> String? {
        var characters: [Character] = []
        for character in typed.uppercased() where character != "-" && character != " " {
            let read: Character
            switch character {
            case "I", "L": read = "1"
            case "O": read = "0"
            default: read = character
            }
            guard alphabet.contains(read) else { return nil }
            characters.append(read)
        }
        guard characters.count == length else { return nil }
        return String(characters.prefix(5)) + "-" + String(characters.dropFirst(5))
    }
}
