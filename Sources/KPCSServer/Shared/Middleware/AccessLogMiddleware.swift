import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: gives every request its id and writes one access line per request once its response
/// is made. The id is the caller's `X-Request-Id` when that is 1 to 64 characters of `A-Z a-z 0-9 . _ -`, else 32
/// random hexadecimal digits; it is on the context (``KPCSRequestContext/requestId``), in the logger's metadata (as
/// Hummingbird's `hb.request.id`, so every line of the request carries it) and in the response's `X-Request-Id`.
///
/// The line is logged at `info` as a ``Logfmt`` message: `event=access method=GET path=/api/v1/me status=200
/// duration_ms=1.8 request_id=… account=bw-officer`. The path never has its query (which may carry a seal, a CSRF
/// token or the `next` of a login); a segment longer than 64 characters, which no route has and so can only be
/// pasted data, is written `{redacted}`, and the path is cut at 256 characters. `status` is the status sent, the
/// problem's or error page's when a handler failed, since ``ProblemMiddleware`` runs inside this one. `duration_ms` is
/// the time until the response's head was ready. `account` is the username of the caller's token or session, or
/// of a login that succeeded (``RequestTrace``), and `-` when there was none.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = KPCSRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let requestId = Self.clientRequestId(request.headers[.xRequestId]) ?? Self.newRequestId()
        context.requestId = requestId
        context.logger[metadataKey: "hb.request.id"] = .string(requestId)
        let start = ContinuousClock.now
        do {
            var response = try await next(request, context)
            response.headers[.xRequestId] = requestId
            Self.log(request, context: context, status: response.status, since: start)
            return response
        } catch {
            // ProblemMiddleware answers every error, so this is a safety net: the line is still written.
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            Self.log(request, context: context, status: status, since: start)
            throw error
        }
    }

    static func log(
        _ request: Request, context: Context, status: HTTPResponse.Status, since start: ContinuousClock.Instant
    ) {
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        let line = Logfmt.line([
            "event": "access", "method": request.method.rawValue, "path": loggedPath(request.uri.path),
            "status": String(status.code), "duration_ms": String(format: "%.1f", milliseconds),
            "request_id": context.requestId, "account": context.trace.account ?? "-",
        ])
        context.logger.info("\(line)")
    }

    /// The caller's request id when it is 1 to 64 characters of `A-Z a-z 0-9 . _ -`, else nil. Reads at most 65
    /// bytes of the header (several `X-Request-Id` fields arrive joined by `, ` and so are refused).
    static func clientRequestId(_ header: String?) -> String? {
        guard let header else { return nil }
        var length = 0
        for byte in header.utf8 {
            length += 1
            guard length <= 64, isRequestIdByte(byte) else { return nil }
        }
        return length == 0 ? nil : header
    }

    private static func isRequestIdByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// 16 random bytes from the system's generator as 32 lowercase hexadecimal digits.
    static func newRequestId() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for _ in 0..<2 {
            var word = UInt64.random(in: .min ... .max)
            for _ in 0..<16 {
                text.append(digits[Int(word & 0xF)])
                word >>= 4
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The path as logged: no route carries a secret in its path, and a segment longer than any route's parameter
    /// (64 characters: usernames, key ids and certificate numbers are shorter) is `{redacted}`; cut at 256.
    static func loggedPath(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.utf8.count > 64 ? "{redacted}" : String(segment)
        }
        return Logfmt.cut(segments.joined(separator: "/"), to: 256)
    }
}

extension HTTPField.Name {
    /// The request's id, given back on every response (``AccessLogMiddleware``).
    static let xRequestId = Self("X-Request-Id")!
}
