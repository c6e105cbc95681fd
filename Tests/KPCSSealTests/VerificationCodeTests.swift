import Foundation
import KPCSSeal
import Testing

/// The verification code printed beside the seal: 50 bits of SHA-256 over the seal's text in Crockford's base32, with
/// the test vectors docs/verification.md publishes (computed independently with Python's hashlib).
@Suite struct VerificationCodeTests {
    @Test func thePublishedVectorsGiveTheirCodes() throws {
        // SHA-256("") starts e3 b0 c4 42 98 fc 1c: 11100 01110 11000 01100 01000 10000 10100 11000 11111 10000.
        #expect(VerificationCode.of(seal: "") == "WERC8-GMRZG")
        #expect(VerificationCode.of(seal: "KP1:") == "WQ60S-DPP6Q")
        #expect(VerificationCode.of(seal: "KP1:abc") == "3BFHW-AXGHP")
        let sample = try String(
            contentsOf: ConformanceTests.folder.appendingPathComponent("seals/valid.txt"), encoding: .utf8)
        #expect(VerificationCode.of(seal: sample) == "5YG4N-ZZW85")
    }

    @Test func everyCodeIsTenCrockfordCharactersInTwoGroups() {
        let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var seen: Set<String> = []
        for index in 0..<2_000 {
            let code = VerificationCode.of(seal: "KP1:seal-\(index)")
            #expect(code.count == 11 && Array(code)[5] == "-", "\(code)")
            #expect(code.filter { $0 != "-" }.allSatisfy { alphabet.contains($0) }, "\(code)")
            seen.insert(code)
        }
        #expect(seen.count == 2_000, "no two of these seals share a code")
    }

    @Test func aTypedCodeIsReadAsCrockfordSays() {
        #expect(VerificationCode.normalized("5YG4N-ZZW85") == "5YG4N-ZZW85")
        #expect(VerificationCode.normalized("5yg4nzzw85") == "5YG4N-ZZW85")
        #expect(VerificationCode.normalized(" 5YG4N ZZW85 ") == "5YG4N-ZZW85")
        #expect(VerificationCode.normalized("wercb-gmrzg") == "WERCB-GMRZG")
        #expect(VerificationCode.normalized("IOL00-00000") == "10100-00000")
        #expect(VerificationCode.normalized("5YG4N-ZZW8U") == nil, "U is not a Crockford digit")
        #expect(VerificationCode.normalized("5YG4N-ZZW8") == nil, "too short")
        #expect(VerificationCode.normalized("5YG4N-ZZW855") == nil, "too long")
        #expect(VerificationCode.normalized("5YG4N_ZZW85") == nil)
        #expect(VerificationCode.normalized("") == nil)
    }
}
