/// The eight data mask patterns and the penalty evaluation used to choose
/// between them (ISO/IEC 18004:2015 §7.8.2, §7.8.3 and Table 11).
enum QRMask {
    /// Mask pattern references.
    static let all = 0...7

    /// Whether mask `mask` inverts the module in column `x`, row `y`
    /// (Table 10, with i = row and j = column).
    static func inverts(mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (y + x) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (y + x) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (y * x) % 2 + (y * x) % 3 == 0
        case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
        case 7: ((y + x) % 2 + (y * x) % 3) % 2 == 0
        default: false
        }
    }

    /// Total penalty N1 + N2 + N3 + N4 of a masked symbol; lower is better.
    static func penalty(_ grid: QRModuleGrid) -> Int {
        let lines = (0..<grid.size).map { Array(grid.row($0)) } + (0..<grid.size).map(grid.column)
        return lines.reduce(0) { $0 + runPenalty($1) + finderLikePenalty($1) }
            + blockPenalty(grid) + balancePenalty(grid)
    }

    /// N1 for one row or column: each run of five or more modules of the
    /// same colour scores 3 plus 1 for every module beyond five.
    static func runPenalty(_ line: [Bool]) -> Int {
        var total = 0
        var runLength = 0
        for (index, module) in line.enumerated() {
            runLength = index > 0 && line[index - 1] == module ? runLength + 1 : 1
            let runEnds = index == line.count - 1 || line[index + 1] != module
            if runEnds && runLength >= 5 {
                total += 3 + (runLength - 5)
            }
        }
        return total
    }

    /// N2: 3 points for every 2 × 2 block of one colour (overlapping blocks
    /// counted separately, which equals 3 × (m − 1) × (n − 1) for an m × n block).
    static func blockPenalty(_ grid: QRModuleGrid) -> Int {
        var total = 0
        for y in 0..<(grid.size - 1) {
            for x in 0..<(grid.size - 1) {
                let module = grid[x: x, y: y]
                if grid[x: x + 1, y: y] == module && grid[x: x, y: y + 1] == module
                    && grid[x: x + 1, y: y + 1] == module
                {
                    total += 3
                }
            }
        }
        return total
    }

    /// N3 for one row or column: 40 points for every dark–light–dark–dark–
    /// dark–light–dark (1:1:3:1:1) pattern that has four light modules before
    /// or after it. Positions outside the symbol count as light (the quiet
    /// zone).
    static func finderLikePenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        func isLight(_ range: Range<Int>) -> Bool {
            range.allSatisfy { !line.indices.contains($0) || !line[$0] }
        }
        var total = 0
        for start in stride(from: 0, through: line.count - pattern.count, by: 1)
        where line[start..<(start + pattern.count)].elementsEqual(pattern) {
            let end = start + pattern.count
            if isLight((start - 4)..<start) || isLight(end..<(end + 4)) {
                total += 40
            }
        }
        return total
    }

    /// N4: 10 points for every full 5 % by which the share of dark modules
    /// deviates from 50 %.
    static func balancePenalty(_ grid: QRModuleGrid) -> Int {
        let total = grid.size * grid.size
        let steps = abs(grid.darkCount * 20 - total * 10) / total
        return 10 * steps
    }
}
