import KPCSSeal

extension LogStore {
    /// The log as static files for one signed checkpoint: `checkpoint`, every hash tile and entry bundle of its tree,
    /// at their tlog-tiles paths. Any static file server or CDN can serve them as the log.
    public func export() async throws -> [(path: String, bytes: [UInt8])] {
        let signed = try await signedCheckpoint()
        var files: [(path: String, bytes: [UInt8])] = [("checkpoint", Array(signed.note.utf8))]
        var level: Int? = nil
        while true {
            let tiles = TilePath.tiles(level: level, treeSize: signed.checkpoint.size)
            if tiles.isEmpty && level != nil { break }
            for tile in tiles {
                guard let bytes = try await self.tile(tile) else {
                    throw StoreCorruption.badValue("log", "tile \(tile.path) missing")
                }
                files.append((tile.path, bytes))
            }
            level = (level ?? -1) + 1
        }
        return files
    }
}
