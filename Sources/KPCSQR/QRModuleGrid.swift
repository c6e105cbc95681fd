/// A square grid of modules stored row by row; `true` is dark.
///
/// Coordinates are (x, y) with (0, 0) at the top-left. Callers keep them
/// within `0..<size`; the public `QRCode.isDark(x:y:)` does that check.
struct QRModuleGrid: Sendable, Equatable {
    /// Modules per side.
    let size: Int
    private var modules: [Bool]

    /// A grid of the given size with every module light.
    init(size: Int) {
        self.size = size
        modules = [Bool](repeating: false, count: size * size)
    }

    subscript(x x: Int, y y: Int) -> Bool {
        get { modules[y * size + x] }
        set { modules[y * size + x] = newValue }
    }

    /// Number of dark modules.
    var darkCount: Int {
        modules.reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// The modules of row `y`, left to right.
    func row(_ y: Int) -> ArraySlice<Bool> {
        modules[(y * size)..<(y * size + size)]
    }

    /// The modules of column `x`, top to bottom.
    func column(_ x: Int) -> [Bool] {
        (0..<size).map { modules[$0 * size + x] }
    }
}
