import Testing

@testable import KPCSQR

@Suite("Format and version information")
struct FormatVersionInfoTests {
    @Test(
        "Format bits for known (level, mask) pairs (ISO/IEC 18004 Annex C)",
        arguments: [
            (QRErrorCorrection.low, 0, 0b1110111_11000100),
            (.low, 7, 0b1101001_01110110),
            (.medium, 0, 0b1010100_00010010),
            (.medium, 5, 0b1000000_11001110),
            (.quartile, 0, 0b0110101_01011111),
            (.quartile, 6, 0b0101110_11011010),
            (.high, 0, 0b0010110_10001001),
            (.high, 7, 0b0001000_00111011),
        ])
    func formatBits(level: QRErrorCorrection, mask: Int, expected: Int) {
        #expect(QRMatrixBuilder.formatBits(errorCorrection: level, mask: mask) == expected)
    }

    @Test("All 32 format patterns are distinct and at Hamming distance ≥ 7 (BCH(15,5))")
    func formatDistance() {
        let patterns = QRErrorCorrection.allCases.flatMap { level in
            QRMask.all.map { QRMatrixBuilder.formatBits(errorCorrection: level, mask: $0) }
        }
        #expect(Set(patterns).count == 32)
        for (index, first) in patterns.enumerated() {
            for second in patterns[(index + 1)...] {
                #expect((first ^ second).nonzeroBitCount >= 7)
            }
        }
    }

    @Test(
        "Version bits for known versions (ISO/IEC 18004 Annex D)",
        arguments: [
            (7, 0x07C94), (8, 0x085BC), (10, 0x0A4D3), (21, 0x15683),
            (32, 0x209D5), (39, 0x27541), (40, 0x28C69),
        ])
    func versionBits(version: Int, expected: Int) {
        #expect(QRMatrixBuilder.versionBits(version: version) == expected)
    }

    @Test("Version information is absent below version 7 and drawn twice, transposed, from 7 on")
    func versionPlacement() throws {
        let small = try QRCode(bytes: [0x41], minimumVersion: 6)
        #expect(QRMatrixBuilder.versionPositions(size: small.size, version: 6).isEmpty)

        let code = try QRCode(bytes: [0x41], minimumVersion: 7)
        #expect(code.version == 7)
        let expected = 0x07C94
        for bit in 0..<18 {
            let dark = (expected >> bit) & 1 == 1
            // Bottom-left block: bit i at column i / 3, row size − 11 + i % 3.
            #expect(code.isDark(x: bit / 3, y: code.size - 11 + bit % 3) == dark)
            #expect(code.isDark(x: code.size - 11 + bit % 3, y: bit / 3) == dark)
        }
    }

    @Test(
        "Both copies of the format information read back as the level and chosen mask",
        arguments: QRErrorCorrection.allCases)
    func formatPlacement(level: QRErrorCorrection) throws {
        let code = try QRCode(text: "format check", errorCorrection: level)
        let expected = QRMatrixBuilder.formatBits(errorCorrection: level, mask: code.mask)
        for copy in QRMatrixBuilder.formatPositions(size: code.size) {
            #expect(copy.count == 15)
            let read = copy.enumerated().reduce(0) { value, entry in
                value | (code.isDark(x: entry.element.x, y: entry.element.y) ? 1 << entry.offset : 0)
            }
            #expect(read == expected)
        }
        // Bit 14 (most significant) sits at the left edge, bit 0 at the top.
        #expect(QRMatrixBuilder.formatPositions(size: code.size)[0][14] == (x: 0, y: 8))
        #expect(QRMatrixBuilder.formatPositions(size: code.size)[0][0] == (x: 8, y: 0))
    }
}
