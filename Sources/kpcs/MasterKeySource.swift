import Foundation
import KPCSSeal
import KPCSServer

/// Where the master key that encrypts the signing keys comes from: `KPCS_MASTER_KEY` (base64 of 32 bytes), else the
/// file `KPCS_MASTER_KEY_FILE`, else `<data dir>/master.key`. On SQLite that file is created with mode 0600 on first
/// start. On PostgreSQL, where several processes share one database, nothing is created: the operator gives every
/// process the same key.
enum MasterKeySource {
    static func load(_ settings: KPCSSettings) throws -> MasterKey {
        if let text = settings.masterKey {
            return try MasterKey(base64: text)
        }
        let mayCreate = !settings.onPostgres
        let path = settings.masterKeyFile ?? (settings.dataDir as NSString).appendingPathComponent("master.key")
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) {
            let attributes = try fileManager.attributesOfItem(atPath: path)
            if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
                throw CommandFailure(
                    """
                    The master key file \(path) can be read by others (mode \(String(mode, radix: 8))): run chmod 600\
                     \(path).
                    """
                )
            }
            return try MasterKey(base64: try String(contentsOfFile: path, encoding: .utf8))
        }
        guard mayCreate else {
            throw CommandFailure(
                """
                No master key: with PostgreSQL every kpcs process needs the same one. Set KPCS_MASTER_KEY to 32 random\
                 bytes \
                in base64 (for example `openssl rand -base64 32`), or KPCS_MASTER_KEY_FILE to a file holding them \
                (mode 600). Keep it apart from database backups.
                """)
        }
        try fileManager.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let key = MasterKey()
        try SecretFile.create(path, contents: key.base64 + "\n")
        say(
            """
            kpcs: created the master key \(path) (mode 600): back it up apart from the database; without it the\
             signing keys cannot be opened
            """
        )
        return key
    }
}
