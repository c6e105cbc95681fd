import Testing

@testable import KPCSQR

@Suite("Data masks and penalty rules")
struct MaskTests {
    /// Rows (i) of the top-left 6 × 6 modules each mask inverts, worked out by hand from Table 10.
    @Test(
        "Mask patterns match their definitions on a 6 × 6 corner",
        arguments: [
            (0, ["101010", "010101", "101010", "010101", "101010", "010101"]),
            (1, ["111111", "000000", "111111", "000000", "111111", "000000"]),
            (2, ["100100", "100100", "100100", "100100", "100100", "100100"]),
            (3, ["100100", "001001", "010010", "100100", "001001", "010010"]),
            (4, ["111000", "111000", "000111", "000111", "111000", "111000"]),
            (5, ["111111", "100000", "100100", "101010", "100100", "100000"]),
            (6, ["111111", "111000", "110110", "101010", "101101", "100011"]),
            (7, ["101010", "000111", "100011", "010101", "111000", "011100"]),
        ])
    func patterns(mask: Int, rows: [String]) {
        for (y, row) in rows.enumerated() {
            let actual = String((0..<6).map { QRMask.inverts(mask: mask, x: $0, y: y) ? "1" : "0" })
            #expect(actual == row, "mask \(mask) row \(y)")
        }
    }

    private func line(_ text: String) -> [Bool] {
        text.map { $0 == "1" }
    }

    @Test("N1: 3 points for a run of five, one more per extra module, rows and columns alike")
    func runs() {
        #expect(QRMask.runPenalty(line("10101010")) == 0)
        #expect(QRMask.runPenalty(line("1111")) == 0)
        #expect(QRMask.runPenalty(line("11111")) == 3)
        #expect(QRMask.runPenalty(line("0111111")) == 4)
        #expect(QRMask.runPenalty(line("1111111")) == 5)
        #expect(QRMask.runPenalty(line("1111100000")) == 6)
        #expect(QRMask.runPenalty(line("0000010000001")) == 7)
    }

    @Test("N2: 3 points per 2 × 2 single-colour block")
    func blocks() {
        var grid = QRModuleGrid(size: 3)
        #expect(QRMask.blockPenalty(grid) == 12)  // 3 × 3 light: (3 − 1)(3 − 1) blocks
        grid[x: 1, y: 1] = true
        #expect(QRMask.blockPenalty(grid) == 0)
        var checker = QRModuleGrid(size: 4)
        for y in 0..<4 {
            for x in 0..<4 where (x + y).isMultiple(of: 2) {
                checker[x: x, y: y] = true
            }
        }
        #expect(QRMask.blockPenalty(checker) == 0)
    }

    @Test("N3: 40 points for 1:1:3:1:1 with four light modules on at least one side")
    func finderLike() {
        #expect(QRMask.finderLikePenalty(line("00001011101")) == 40)
        #expect(QRMask.finderLikePenalty(line("10111010000")) == 40)
        #expect(QRMask.finderLikePenalty(line("000010111010000")) == 40)
        #expect(QRMask.finderLikePenalty(line("1011101")) == 40)  // quiet zone on both sides
        #expect(QRMask.finderLikePenalty(line("11011101011")) == 0)  // dark within four on both sides
        #expect(QRMask.finderLikePenalty(line("1000101110100011")) == 0)
        #expect(QRMask.finderLikePenalty(line("1011100")) == 0)
        #expect(QRMask.finderLikePenalty(line("0000101110100001011101")) == 80)
    }

    @Test("N4: 10 points per full 5 % away from half dark")
    func balance() {
        func grid(dark: Int, size: Int = 10) -> QRModuleGrid {
            var grid = QRModuleGrid(size: size)
            for index in 0..<dark {
                grid[x: index % size, y: index / size] = true
            }
            return grid
        }
        #expect(QRMask.balancePenalty(grid(dark: 50)) == 0)
        #expect(QRMask.balancePenalty(grid(dark: 54)) == 0)
        #expect(QRMask.balancePenalty(grid(dark: 46)) == 0)
        #expect(QRMask.balancePenalty(grid(dark: 55)) == 10)
        #expect(QRMask.balancePenalty(grid(dark: 39)) == 20)
        #expect(QRMask.balancePenalty(grid(dark: 100)) == 100)
        #expect(QRMask.balancePenalty(grid(dark: 0)) == 100)
    }

    @Test("Total penalty sums N1 and N3 over rows and columns plus N2 and N4")
    func total() {
        var grid = QRModuleGrid(size: 5)
        for x in 0..<5 {
            grid[x: x, y: 0] = true
        }
        // Row 0 dark run (3), rows 1–4 light runs (4 × 3), columns: none.
        // Blocks: rows 1–4 light give 3 × 4 = 12 blocks. Dark share 20 %: 6 steps.
        #expect(QRMask.penalty(grid) == 15 + 36 + 60)
    }

    @Test("Masking leaves function patterns and reserved areas untouched", arguments: [1, 7])
    func maskSkipsReserved(version: Int) {
        var builder = QRMatrixBuilder(version: version)
        builder.placeCodewords([UInt8](repeating: 0, count: QRVersionTable.totalCodewords(version: version)))
        for mask in QRMask.all {
            let masked = builder.masked(with: mask)
            for y in 0..<masked.size {
                for x in 0..<masked.size {
                    let expected =
                        builder.reserved[x: x, y: y]
                        ? builder.modules[x: x, y: y]
                        : QRMask.inverts(mask: mask, x: x, y: y)
                    #expect(masked[x: x, y: y] == expected)
                }
            }
        }
    }

    @Test(
        "The chosen mask has the lowest penalty of the eight (first on a tie)",
        arguments: [
            ("", QRErrorCorrection.low), ("HELLO WORLD", .medium), ("kpcs", .quartile),
            ("KP1:eyJ2IjoxfQ.c2lnbmF0dXJl", .high),
            (String(repeating: "0123456789", count: 30), .medium),
            (String(repeating: "A", count: 500), .low),
        ])
    func lowestPenalty(text: String, level: QRErrorCorrection) throws {
        let code = try QRCode(text: text, errorCorrection: level)
        var builder = QRMatrixBuilder(version: code.version)
        let data = QRCodewords.dataCodewords(for: Array(text.utf8), version: code.version, errorCorrection: level)
        builder.placeCodewords(QRCodewords.interleaved(data: data, version: code.version, errorCorrection: level))
        let penalties = QRMask.all.map { QRMask.penalty(builder.masked(with: $0)) }
        let lowest = try #require(penalties.min())
        #expect(code.mask == penalties.firstIndex(of: lowest))
        #expect(
            code.modules == builder.finished(builder.masked(with: code.mask), errorCorrection: level, mask: code.mask))
        // Different masks really score differently somewhere, so the choice matters.
        #expect(Set(penalties).count > 1)
    }
}
