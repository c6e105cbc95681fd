import Foundation

/// A body sent as `multipart/form-data` (RFC 7578): the form of a page that uploads a file. Each part has the name of
/// its field, the file's name and type when it is a file, and its bytes. Parsing is bounded: a boundary of 1 to 70
/// characters, at most ``maximumParts`` parts, each with at most ``maximumHeaderBytes`` of headers; the caller bounds
/// the body's size. Anything else is refused as malformed, never trapped on.
public struct MultipartFormData: Sendable, Equatable {
    /// One field of the form.
    public struct Part: Sendable, Equatable {
        public var name: String
        /// The file's name as the browser sent it (nil for a plain field; empty when no file was chosen).
        public var filename: String?
        /// The part's `Content-Type` essence, lowercased, when it has one.
        public var contentType: String?
        public var bytes: [UInt8]

        public init(name: String, filename: String? = nil, contentType: String? = nil, bytes: [UInt8]) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.bytes = bytes
        }

        /// The bytes as text, for a plain field (invalid UTF-8 repaired).
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    public static let maximumParts = 32
    public static let maximumHeaderBytes = 4096
    public static let maximumBoundaryLength = 70

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// The first part of that name.
    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The plain fields by name (the first of each name), as a urlencoded form reads.
    public var fields: [String: String] {
        var fields: [String: String] = [:]
        for part in parts where part.filename == nil && fields[part.name] == nil { fields[part.name] = part.text }
        return fields
    }

    /// Parses a body with the boundary of its `Content-Type`.
    public static func parse(_ body: [UInt8], boundary: String) throws -> MultipartFormData {
        let boundaryBytes = Array(boundary.utf8)
        guard (1...maximumBoundaryLength).contains(boundaryBytes.count), !boundaryBytes.contains(13),
            !boundaryBytes.contains(10)
        else { throw malformed }
        let opening = Array("--".utf8) + boundaryBytes
        let delimiter = Array("\r\n--".utf8) + boundaryBytes
        guard body.starts(with: opening) else { throw malformed }
        var parts: [Part] = []
        var index = opening.count
        while true {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            if matches(body, at: index, Array("--".utf8)) { return MultipartFormData(parts: parts) }
            guard matches(body, at: index, [13, 10]) else { throw malformed }
            index += 2
            guard parts.count < maximumParts else {
                throw KPCSError.invalid(DocumentMessage.uploadTooManyParts(maximum: String(maximumParts)))
            }
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: index, limit: maximumHeaderBytes) else {
                throw malformed
            }
            let headers = try parseHeaders(Array(body[index..<headerEnd]))
            let contentStart = headerEnd + 4
            guard let contentEnd = find(delimiter, in: body, from: contentStart, limit: body.count) else {
                throw malformed
            }
            parts.append(
                Part(
                    name: headers.name, filename: headers.filename, contentType: headers.contentType,
                    bytes: Array(body[contentStart..<contentEnd])))
            index = contentEnd + delimiter.count
        }
    }

    private static var malformed: KPCSError { KPCSError.invalid(DocumentMessage.uploadMalformed) }

    private static func matches(_ body: [UInt8], at index: Int, _ bytes: [UInt8]) -> Bool {
        index <= body.count - bytes.count && body[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// The first index at or after `start`, and before `start + limit`, where `needle` begins.
    private static func find(_ needle: [UInt8], in body: [UInt8], from start: Int, limit: Int) -> Int? {
        guard let first = needle.first, start <= body.count else { return nil }
        let last = min(body.count - needle.count, start + limit)
        guard start <= last else { return nil }
        var index = start
        while index <= last {
            if body[index] == first, body[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// `Content-Disposition: form-data; name="…"; filename="…"` and an optional `Content-Type`; other headers are
    /// ignored.
    private static func parseHeaders(
        _ bytes: [UInt8]
    ) throws -> (name: String, filename: String?, contentType: String?) {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { throw malformed }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                guard parameters.kind == "form-data", let given = parameters.values["name"] else { throw malformed }
                name = given
                filename = parameters.values["filename"]
            case "content-type":
                contentType = MediaType(value)?.essence
            default: continue
            }
        }
        guard let name else { throw malformed }
        return (name, filename, contentType)
    }

    /// The disposition's kind and its parameters; a value may be quoted (a browser escapes `"` as `%22` in it).
    private static func dispositionParameters(_ value: String) -> (kind: String, values: [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in value {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var values: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var text = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = String(text.dropFirst().dropLast())
            }
            if values[key] == nil { values[key] = text }
        }
        return (pieces[0].trimmingCharacters(in: .whitespaces).lowercased(), values)
    }
}
