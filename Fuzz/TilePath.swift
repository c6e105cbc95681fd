// libFuzzer target: `TilePath(path:)`, the parser of the tile paths a log's HTTP server is asked for
// (`/log/tile/<L>/<N>[.p/<W>]`, `/log/tile/entries/<N>[.p/<W>]`), over what follows `tile/`.
// Every accepted path must also give a `range` without trapping and a `path` that reads back to the same tile.
// fuzz-modules: KPCSCore KPCSSealBase
import KPCSSeal

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let tile = TilePath(path: text) else { return 0 }

    let range = tile.range
    require(tile.index <= TilePath.maximumIndex, "index \(tile.index) beyond the maximum for \(text.debugDescription)")
    require((1...Int(TilePath.width)).contains(tile.width), "width \(tile.width) for \(text.debugDescription)")
    require(tile.level.map { (0...63).contains($0) } ?? true, "level \(String(describing: tile.level)) for \(text.debugDescription)")
    require(range.lowerBound == tile.index * TilePath.width, "range \(range) does not start at index × 256 for \(text.debugDescription)")
    require(range.count == tile.width, "range \(range) is not \(tile.width) wide for \(text.debugDescription)")
    require(tile.isPartial == (tile.width < 256), "isPartial disagrees with width \(tile.width)")

    let path = tile.path
    require(path == "tile/" + text, "path \(path.debugDescription) is not the text parsed, \(text.debugDescription)")
    require(path.hasPrefix("tile/"), "path \(path.debugDescription) does not start with tile/")
    let again = TilePath(path: String(path.dropFirst("tile/".count)))
    require(again == tile, "\(path.debugDescription) reads back as \(String(describing: again)), not \(tile)")
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("TilePath: " + message()) }
}
