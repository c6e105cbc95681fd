import Testing

@testable import KPCSQR

extension ReedSolomon {
    /// Value of a polynomial (coefficients highest power first) at `x`, by Horner's rule.
    static func evaluate(_ polynomial: [UInt8], at x: UInt8) -> UInt8 {
        polynomial.reduce(0) { multiply($0, x) ^ $1 }
    }
}

@Suite("Reed–Solomon over GF(256)")
struct ReedSolomonTests {
    @Test("ISO/IEC 18004 Annex I example: \"01234567\" as 1-M")
    func isoExample() {
        let data: [UInt8] = [
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11,
            0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
        ]
        let expected: [UInt8] = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10) == expected)
    }

    @Test("Thonky tutorial: \"HELLO WORLD\" as 1-M")
    func helloWorld() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let expected: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10) == expected)
    }

    @Test("Thonky tutorial: first block of the 5-Q example")
    func fiveQBlock() {
        let data: [UInt8] = [67, 85, 70, 134, 87, 38, 85, 194, 119, 50, 6, 18, 6, 103, 38]
        let expected: [UInt8] = [
            213, 199, 11, 45, 115, 247, 241, 223, 229, 248, 154, 117,
            154, 111, 86, 161, 111, 39,
        ]
        #expect(ReedSolomon.errorCorrection(for: data, count: 18) == expected)
    }

    @Test("Generator of degree 7 is x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹")
    func generatorSeven() {
        let exponents = [0, 87, 229, 146, 149, 238, 102, 21]
        #expect(ReedSolomon.generator(degree: 7) == exponents.map(ReedSolomon.alphaPower))
    }

    @Test(
        "Generators are monic of the requested degree with roots α⁰…αⁿ⁻¹",
        arguments: [7, 10, 13, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30])
    func generatorRoots(degree: Int) {
        let generator = ReedSolomon.generator(degree: degree)
        #expect(generator.count == degree + 1)
        #expect(generator.first == 1)
        for power in 0..<degree {
            #expect(ReedSolomon.evaluate(generator, at: ReedSolomon.alphaPower(power)) == 0)
        }
        #expect(ReedSolomon.evaluate(generator, at: ReedSolomon.alphaPower(degree)) != 0)
    }

    @Test("A block followed by its EC codewords is a codeword: zero at every generator root")
    func codewordHasSyndromesZero() {
        var random = TestData(seed: 7)
        for ecCount in [10, 22, 30] {
            let data = random.bytes(count: 40)
            let block = data + ReedSolomon.errorCorrection(for: data, count: ecCount)
            for power in 0..<ecCount {
                #expect(ReedSolomon.evaluate(block, at: ReedSolomon.alphaPower(power)) == 0)
            }
            var damaged = block
            damaged[3] ^= 0x40
            #expect(
                (0..<ecCount).contains {
                    ReedSolomon.evaluate(damaged, at: ReedSolomon.alphaPower($0)) != 0
                })
        }
    }

    @Test("Field multiplication: α⁸ reduces by 0x11D, 2·0x80 = 0x1D, inverses multiply to 1")
    func fieldArithmetic() {
        #expect(ReedSolomon.alphaPower(8) == 0x1D)
        #expect(ReedSolomon.multiply(2, 0x80) == 0x1D)
        #expect(ReedSolomon.multiply(0, 0x53) == 0)
        #expect(ReedSolomon.alphaPower(255) == 1)
        for power in 1..<255 {
            #expect(
                ReedSolomon.multiply(
                    ReedSolomon.alphaPower(power),
                    ReedSolomon.alphaPower(255 - power)) == 1)
        }
    }
}
