import Testing

@testable import KPCSQR

@Suite("Bit stream and codewords")
struct CodewordTests {
    @Test("BitBuffer packs most significant bit first and pads the last byte with zeros")
    func bitBuffer() {
        var buffer = BitBuffer()
        buffer.append(0b0100, bitCount: 4)
        buffer.append(0x1FF, bitCount: 9)
        #expect(buffer.count == 13)
        #expect(buffer.bytes == [0b0100_1111, 0b1111_1000])
    }

    @Test("Byte-mode data codewords for \"hello\" at 1-M: 0100, count 00000101, bytes, terminator, pads")
    func helloCodewords() {
        let data = QRCodewords.dataCodewords(for: Array("hello".utf8), version: 1, errorCorrection: .medium)
        // 0100 0000 | 0101 0110 | 1000 0110 | 0101 0110 | 1100 0110 | 1100 0110 | 1111 0000 | pads
        let expected: [UInt8] = [
            0x40, 0x56, 0x86, 0x56, 0xC6, 0xC6, 0xF0,
            0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC,
        ]
        #expect(data == expected)
    }

    @Test("Version 10 uses a 16-bit character count")
    func sixteenBitCount() {
        let data = QRCodewords.dataCodewords(for: [0xAB], version: 10, errorCorrection: .medium)
        // 0100 | 0000 0000 0000 0001 | 1010 1011 | 0000 terminator
        #expect(Array(data.prefix(4)) == [0x40, 0x00, 0x1A, 0xB0])
        #expect(data.count == QRVersionTable.dataCodewords(version: 10, errorCorrection: .medium))
        #expect(data[4] == 0xEC && data[5] == 0x11)
    }

    @Test("A payload at full capacity gets a truncated terminator and no pad codewords")
    func fullCapacity() {
        // 1-L: 19 data codewords = 152 bits; 4 + 8 + 17·8 = 148 bits, 4 terminator bits.
        let bytes = [UInt8](repeating: 0xFF, count: 17)
        let data = QRCodewords.dataCodewords(for: bytes, version: 1, errorCorrection: .low)
        #expect(data.count == 19)
        #expect(data.first == 0x41)
        #expect(data.last == 0xF0)
        #expect(!data.contains(0xEC))
    }

    @Test("5-Q interleaving: blocks of 15, 15, 16, 16 data codewords, then EC codewords")
    func interleaving() {
        let data = (0..<62).map(UInt8.init)
        let result = QRCodewords.interleaved(data: data, version: 5, errorCorrection: .quartile)
        #expect(result.count == 134)
        #expect(Array(result.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
        #expect(Array(result[56..<62]) == [14, 29, 44, 60, 45, 61])
        let blocks = [Array(data[0..<15]), Array(data[15..<30]), Array(data[30..<46]), Array(data[46..<62])]
        let ec = blocks.map { ReedSolomon.errorCorrection(for: $0, count: 18) }
        #expect(Array(result[62..<66]) == [ec[0][0], ec[1][0], ec[2][0], ec[3][0]])
        #expect(Array(result.suffix(4)) == [ec[0][17], ec[1][17], ec[2][17], ec[3][17]])
    }

    @Test("Every version and level: blocks add up to the total codewords")
    func blockStructure() {
        for version in QRVersionTable.versions {
            for level in QRErrorCorrection.allCases {
                let data = QRVersionTable.dataCodewords(version: version, errorCorrection: level)
                let blocks = QRVersionTable.blockCount(version: version, errorCorrection: level)
                let ec = QRVersionTable.ecCodewordsPerBlock(version: version, errorCorrection: level)
                #expect(data + blocks * ec == QRVersionTable.totalCodewords(version: version))
                let final = QRCodewords.interleaved(
                    data: [UInt8](repeating: 0, count: data), version: version, errorCorrection: level)
                #expect(final.count == QRVersionTable.totalCodewords(version: version))
            }
        }
    }
}
