#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a new file that only its owner may read: created 0600 from the first byte (O_EXCL: never over an
/// existing file), not chmod-ed afterwards. For the master key and a witness's private key.
enum SecretFile {
    static func create(_ path: String, contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw CommandFailure("Cannot create \(path).") }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CommandFailure("Cannot write \(path).") }
    }
}
