import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import NIOCore

/// Reading JSON request bodies into drafts with field-level errors, and writing JSON responses.
enum JSONBody {
    /// The largest request body accepted.
    static let maximumSize = 1 << 20

    /// Decodes a body sent as `application/json` in UTF-8 (415 otherwise; an empty body is `{}` and needs no type).
    /// The document is first checked by kpcs's strict reader (a member name twice, bad UTF-8 or a document nested
    /// too deeply is a 400); then a wrong type becomes a problem naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let declared = request.headers[.contentType] != nil
        if declared { try requireMediaType(request, MediaType.json) }
        let bytes = Data(try await collect(request, upTo: maximumSize).readableBytesView)
        if bytes.isEmpty { return try decode(T.self, json: Data("{}".utf8)) }
        guard declared else { throw KPCSError.invalid(HTTPMessage.unsupportedMediaType(mediaType: MediaType.json)) }
        do { try JSONParser.checkRequestBody(bytes) } catch {
            if let name = error.duplicateMember {
                throw KPCSError.invalid(HTTPMessage.bodyDuplicateMember(member: name))
            }
            throw KPCSError.invalid(HTTPMessage.bodyMalformed)
        }
        return try decode(T.self, json: bytes)
    }

    private static func decode<T: Decodable>(_ type: T.Type, json: Data) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: json)
        } catch let error as DecodingError {
            throw Self.problem(from: error)
        }
    }

    /// Refuses with 415 a body whose `Content-Type` is missing, malformed, another type or another charset than UTF-8.
    static func requireMediaType(_ request: Request, _ essence: String) throws {
        guard let header = request.headers[.contentType], let type = MediaType(header), type.isUTF8(essence) else {
            throw KPCSError.invalid(HTTPMessage.unsupportedMediaType(mediaType: essence))
        }
    }

    /// Reads a whole request body of at most `limit` bytes; a larger one is a 422 saying the limit.
    static func collect(_ request: Request, upTo limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw KPCSError.invalid(HTTPMessage.bodyTooLarge(limit: String(limit)))
        }
    }

    static func problem(from error: DecodingError) -> KPCSError {
        switch error {
        case .typeMismatch(let type, let context):
            let field = name(context.codingPath)
            return KPCSError.invalid(
                RequestMessage.fieldWrongType(field: field, expected: expected(type)),
                pointer: pointer(context.codingPath))
        case .valueNotFound(let type, let context):
            let field = name(context.codingPath)
            return KPCSError.invalid(
                RequestMessage.fieldWrongType(field: field, expected: expected(type)),
                pointer: pointer(context.codingPath))
        case .keyNotFound(let key, let context):
            let path = context.codingPath + [key]
            return KPCSError.invalid(RequestMessage.fieldRequired(field: name(path)), pointer: pointer(path))
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return KPCSError.invalid(
                RequestMessage.fieldWrongType(field: name(context.codingPath), expected: "a valid value"),
                pointer: pointer(context.codingPath))
        default:
            return KPCSError.invalid(HTTPMessage.bodyMalformed)
        }
    }

    static func pointer(_ path: [any CodingKey]) -> String {
        "/"
            + path.map { key in
                key.intValue.map(String.init)
                    ?? key.stringValue.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(
                        of: "/", with: "~1")
            }.joined(separator: "/")
    }

    static func name(_ path: [any CodingKey]) -> String {
        path.reduce("") { name, key in
            if let index = key.intValue { return "\(name)[\(index)]" }
            return name.isEmpty ? key.stringValue : "\(name).\(key.stringValue)"
        }
    }

    static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Int64.Type, is Int.Type: return "a whole number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default: return "an object"
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A JSON response.
    static func response(
        _ value: some Encodable, status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [.contentType: "application/json"]
    ) -> Response {
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
