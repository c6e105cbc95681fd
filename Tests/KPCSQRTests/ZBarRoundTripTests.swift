import Foundation
import KPCSQR
import Testing

/// Encodes payloads, renders them as PBM and checks that zbar's `zbarimg` decodes exactly the
/// same bytes. Skipped when zbarimg is not on PATH, unless KPCS_REQUIRE_TOOLS=1 makes that a failure.
@Suite("Round trip through zbarimg", .enabled(if: ZBar.shouldRun, "zbarimg not on PATH"))
struct ZBarRoundTripTests {
    @discardableResult
    private func roundTrip(
        _ bytes: [UInt8], errorCorrection: QRErrorCorrection = .medium, minimumVersion: Int = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> QRCode {
        let zbarimg = try #require(
            ZBar.executable, "zbarimg is required (KPCS_REQUIRE_TOOLS=1)",
            sourceLocation: sourceLocation)
        let code = try QRCode(bytes: bytes, errorCorrection: errorCorrection, minimumVersion: minimumVersion)
        let decoded = try ZBar.decode(pbm: code.pbm(), using: zbarimg)
        #expect(
            decoded == bytes, "version \(code.version) \(errorCorrection) mask \(code.mask)",
            sourceLocation: sourceLocation)
        return code
    }

    @Test("Every version at level M, filled to capacity", arguments: 1...40)
    func everyVersionFull(version: Int) throws {
        var random = TestData(seed: UInt64(version))
        let capacity = QRCode.byteCapacity(version: version, errorCorrection: .medium)
        let code = try roundTrip(random.base64URL(count: capacity))
        #expect(code.version == version)
    }

    @Test(
        "All four levels at several versions, filled to capacity",
        arguments: QRErrorCorrection.allCases, [1, 2, 6, 7, 13, 27, 40])
    func allLevels(level: QRErrorCorrection, version: Int) throws {
        var random = TestData(seed: 1000 + UInt64(version))
        let capacity = QRCode.byteCapacity(version: version, errorCorrection: level)
        let code = try roundTrip(random.base64URL(count: capacity), errorCorrection: level)
        #expect(code.version == version)
        #expect(code.errorCorrection == level)
    }

    @Test("Lengths around the 8/16-bit count boundary (version 9 → 10)", arguments: QRErrorCorrection.allCases)
    func countBoundary(level: QRErrorCorrection) throws {
        var random = TestData(seed: 99)
        let capacity9 = QRCode.byteCapacity(version: 9, errorCorrection: level)
        for (length, version) in [(capacity9 - 1, 9), (capacity9, 9), (capacity9 + 1, 10), (capacity9 + 2, 10)] {
            let code = try roundTrip(random.base64URL(count: length), errorCorrection: level)
            #expect(code.version == version)
        }
        // A short payload forced into version 10 uses the 16-bit count too.
        #expect(try roundTrip(Array("KP1:short".utf8), errorCorrection: level, minimumVersion: 10).version == 10)
    }

    @Test("A realistic ~700-character certificate text")
    func certificate() throws {
        var random = TestData(seed: 2024)
        let text = random.certificateText(count: 700)
        #expect(text.hasPrefix("KP1:") && text.utf8.count == 700)
        let code = try roundTrip(Array(text.utf8))
        #expect(code.version == 21)
    }

    @Test("Every byte value survives (binary payload), and tiny payloads")
    func binaryAndTiny() throws {
        var random = TestData(seed: 5)
        try roundTrip((0...255).map(UInt8.init), errorCorrection: .low)
        try roundTrip(random.bytes(count: 300), errorCorrection: .quartile)
        try roundTrip(Array("A".utf8), errorCorrection: .high)
        try roundTrip(Array("Kimberley Process – certificate ☃".utf8))
    }
}
