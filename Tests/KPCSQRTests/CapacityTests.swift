import Testing

@testable import KPCSQR

@Suite("Capacities and version choice")
struct CapacityTests {
    @Test(
        "Byte-mode capacities match ISO/IEC 18004 Table 7",
        arguments: [
            (1, [17, 14, 11, 7]),
            (2, [32, 26, 20, 14]),
            (5, [106, 84, 60, 44]),
            (7, [154, 122, 86, 64]),
            (9, [230, 180, 130, 98]),
            (10, [271, 213, 151, 119]),
            (20, [858, 666, 482, 382]),
            (25, [1273, 997, 715, 535]),
            (40, [2953, 2331, 1663, 1273]),
        ])
    func byteCapacity(version: Int, expected: [Int]) {
        let actual = QRErrorCorrection.allCases.map {
            QRCode.byteCapacity(version: version, errorCorrection: $0)
        }
        #expect(actual == expected)
    }

    @Test("Capacity outside 1…40 is 0")
    func capacityOutOfRange() {
        #expect(QRCode.byteCapacity(version: 0, errorCorrection: .low) == 0)
        #expect(QRCode.byteCapacity(version: 41, errorCorrection: .low) == 0)
    }

    @Test(
        "Total codewords per version (Table 1) and remainder bits",
        arguments: [
            (1, 26, 0), (2, 44, 7), (6, 172, 7), (7, 196, 0), (14, 581, 3),
            (21, 1156, 4), (27, 1828, 4), (28, 1921, 3), (29, 2051, 3),
            (34, 2761, 3), (35, 2876, 0), (36, 3034, 0), (40, 3706, 0),
        ])
    func totalCodewords(version: Int, codewords: Int, remainder: Int) {
        #expect(QRVersionTable.totalCodewords(version: version) == codewords)
        #expect(QRVersionTable.dataModuleCount(version: version) % 8 == remainder)
    }

    @Test("Capacity grows strictly with version and shrinks with level")
    func monotonic() {
        for level in QRErrorCorrection.allCases {
            let capacities = QRVersionTable.versions.map {
                QRCode.byteCapacity(version: $0, errorCorrection: level)
            }
            #expect(zip(capacities, capacities.dropFirst()).allSatisfy { $0 < $1 })
        }
        for version in QRVersionTable.versions {
            let capacities = QRErrorCorrection.allCases.map {
                QRCode.byteCapacity(version: version, errorCorrection: $0)
            }
            #expect(zip(capacities, capacities.dropFirst()).allSatisfy { $0 > $1 })
        }
    }

    @Test("One byte over the version 40 capacity throws dataTooLong", arguments: QRErrorCorrection.allCases)
    func tooLong(level: QRErrorCorrection) throws {
        let maximum = QRCode.byteCapacity(version: 40, errorCorrection: level)
        let fits = try QRCode(bytes: [UInt8](repeating: 0x61, count: maximum), errorCorrection: level)
        #expect(fits.version == 40)
        #expect(throws: QRCodeError.dataTooLong(bytes: maximum + 1, maximum: maximum)) {
            try QRCode(bytes: [UInt8](repeating: 0x61, count: maximum + 1), errorCorrection: level)
        }
    }

    @Test("Text over the capacity throws dataTooLong counting UTF-8 bytes")
    func textTooLong() {
        let text = String(repeating: "é", count: 1200)  // 2400 UTF-8 bytes
        #expect(throws: QRCodeError.dataTooLong(bytes: 2400, maximum: 2331)) {
            try QRCode(text: text)
        }
    }

    @Test("The smallest fitting version is chosen, at every boundary", arguments: QRErrorCorrection.allCases)
    func smallestVersion(level: QRErrorCorrection) {
        for version in 1...40 {
            let capacity = QRCode.byteCapacity(version: version, errorCorrection: level)
            #expect(QRVersionTable.smallestVersion(holding: capacity, errorCorrection: level) == version)
            #expect(
                QRVersionTable.smallestVersion(holding: capacity + 1, errorCorrection: level)
                    == (version < 40 ? version + 1 : nil))
            #expect(
                QRVersionTable.smallestVersion(holding: 0, errorCorrection: level, minimumVersion: version)
                    == version)
        }
    }

    @Test(
        "Encoding picks the smallest fitting version",
        arguments: [(1, QRErrorCorrection.low), (9, .medium), (16, .high), (30, .quartile)])
    func encodedVersion(version: Int, level: QRErrorCorrection) throws {
        let capacity = QRCode.byteCapacity(version: version, errorCorrection: level)
        let full = try QRCode(bytes: [UInt8](repeating: 0x30, count: capacity), errorCorrection: level)
        #expect(full.version == version)
        let over = try QRCode(bytes: [UInt8](repeating: 0x30, count: capacity + 1), errorCorrection: level)
        #expect(over.version == version + 1)
        #expect(over.size == 17 + 4 * (version + 1))
    }

    @Test("minimumVersion raises the version and is clamped to 1…40")
    func minimumVersion() throws {
        #expect(try QRCode(bytes: [1, 2, 3]).version == 1)
        #expect(try QRCode(bytes: [1, 2, 3], minimumVersion: 12).version == 12)
        #expect(try QRCode(bytes: [1, 2, 3], minimumVersion: -5).version == 1)
        #expect(try QRCode(bytes: [1, 2, 3], minimumVersion: 99).version == 40)
        // Data larger than the minimum still picks the smallest that fits.
        #expect(try QRCode(bytes: [UInt8](repeating: 0, count: 80), minimumVersion: 2).version == 5)
    }

    @Test("Empty payload makes a version 1 code")
    func empty() throws {
        let code = try QRCode(bytes: [], errorCorrection: .high)
        #expect(code.version == 1)
        #expect(code.size == 21)
    }
}
