extension QRCode {
    /// Horizontal runs of dark modules per row, for drawing as few rectangles as possible: (x, y, length).
    ///
    /// Runs are listed row by row from the top, left to right within a row.
    public func darkRuns() -> [(x: Int, y: Int, length: Int)] {
        var runs: [(x: Int, y: Int, length: Int)] = []
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[x: x, y: y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && modules[x: x, y: y] {
                    x += 1
                }
                runs.append((x: start, y: y, length: x - start))
            }
        }
        return runs
    }

    /// Netpbm P4 (binary PBM) image with a quiet zone of `border` modules and `scale` pixels per module.
    ///
    /// Dark modules are black (bit 1). `scale` below 1 is treated as 1 and
    /// `border` below 0 as 0; the specification recommends a border of 4.
    public func pbm(scale: Int = 4, border: Int = 4) -> [UInt8] {
        let scale = max(scale, 1)
        let border = max(border, 0)
        let width = (size + 2 * border) * scale
        let bytesPerRow = (width + 7) / 8
        var image = Array("P4\n\(width) \(width)\n".utf8)
        image.reserveCapacity(image.count + bytesPerRow * width)

        let lightRow = [UInt8](repeating: 0, count: bytesPerRow)
        for moduleY in -border..<(size + border) {
            var row = lightRow
            for moduleX in 0..<size where isDark(x: moduleX, y: moduleY) {
                let firstPixel = (moduleX + border) * scale
                for pixel in firstPixel..<(firstPixel + scale) {
                    row[pixel / 8] |= UInt8(0x80) >> UInt8(pixel % 8)
                }
            }
            for _ in 0..<scale {
                image.append(contentsOf: row)
            }
        }
        return image
    }
}
