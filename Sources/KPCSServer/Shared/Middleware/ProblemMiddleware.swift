import Foundation
import Hummingbird
import KPCSCore
import Logging

/// Reads the caller's language, then turns every error into `application/problem+json` (RFC 9457), in the caller's
/// language. Nothing else in
/// the server writes an error body. Bad input is a 4xx with the field named; a 5xx is logged as an error
/// (and is a bug in a test run), without a stack trace or internals in the response.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = KPCSRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage])
        do {
            return try await next(request, context)
        } catch let error as KPCSError {
            return Self.answer(error, context: context)
        } catch let error as HTTPError {
            let kpcsError: KPCSError
            switch error.status {
            case .notFound: kpcsError = .notFound(HTTPMessage.routeNotFound)
            case .methodNotAllowed:
                kpcsError = KPCSError(kind: .invalid, message: LocalizedMessage(HTTPMessage.methodNotAllowed))
            case .contentTooLarge, .badRequest: kpcsError = .invalid(HTTPMessage.bodyMalformed)
            default:
                context.logger.error("request failed", metadata: ["error": "\(error)"])
                kpcsError = KPCSError(kind: .internalError, message: LocalizedMessage(ServiceMessage.internalError))
            }
            if error.status == .notFound, WebLanguage.wantsPage(request) {
                return ErrorPages.notFound(WebChrome(request, context), request: request)
            }
            let status: HTTPResponse.Status? = error.status == .methodNotAllowed ? .methodNotAllowed : nil
            return Self.problem(kpcsError, language: context.language, status: status)
        } catch {
            // Not bad input (that is always a KPCSError): a bug or a database failure. Logged, never shown.
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return Self.problem(
                KPCSError(kind: .internalError, message: LocalizedMessage(ServiceMessage.internalError)),
                language: context.language)
        }
    }

    /// The problem for a domain error, logged first when it is the server's fault.
    static func answer(_ error: KPCSError, context: Context) -> Response {
        if error.kind == .internalError || error.kind == .unavailable {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
        }
        return problem(error, language: context.language)
    }

    /// The HTTP status for an error.
    static func status(for error: KPCSError) -> HTTPResponse.Status {
        switch error.kind {
        case .invalid:
            switch error.message.key as? HTTPMessage {
            case .bodyMalformed, .bodyDuplicateMember: return .badRequest
            case .bodyTooLarge: return .contentTooLarge
            case .unsupportedMediaType: return .unsupportedMediaType
            default: return .unprocessableContent
            }
        case .unauthenticated: return .unauthorized
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .conflict: return .conflict
        case .locked: return .tooManyRequests
        case .unavailable: return .serviceUnavailable
        case .internalError: return .internalServerError
        }
    }

    /// The problem's body: the first field errors and a count of the rest, so it does not grow with the input.
    static func details(_ error: KPCSError, language: Language, status: HTTPResponse.Status) -> ProblemDetails {
        ProblemDetails(
            type: "urn:kpcs:problem:\(error.code)", title: ProblemTitle.text(error.kind, language),
            status: status.code, detail: error.detail(in: language),
            errors: error.violations.isEmpty
                ? nil
                : error.listedViolations.map {
                    .init(pointer: String($0.pointer.prefix(200)), detail: $0.message.text(in: language))
                },
            unlistedErrors: error.unlistedViolationCount > 0 ? error.unlistedViolationCount : nil)
    }

    static func problem(_ error: KPCSError, language: Language, status: HTTPResponse.Status? = nil) -> Response {
        let status = status ?? Self.status(for: error)
        let body = details(error, language: language, status: status)
        var headers: HTTPFields = [.contentType: "application/problem+json", .contentLanguage: language.rawValue]
        if error.kind == .locked, case .accountLocked(let until, _, _, _)? = error.message.key as? AccountMessage {
            headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up))))
        }
        if error.kind == .unauthenticated {
            headers[.wwwAuthenticate] = "Bearer realm=\"kpcs\""
        }
        return JSONBody.response(body, status: status, headers: headers)
    }
}

/// RFC 9457 problem details, with `errors` naming each field at fault by JSON pointer (RFC 6901).
struct ProblemDetails: Codable, Sendable {
    struct FieldError: Codable, Sendable {
        let pointer: String
        let detail: String
    }

    let type: String
    let title: String
    let status: Int
    let detail: String
    /// The first field errors (``KPCSError/listedViolations``)…
    let errors: [FieldError]?
    /// …and how many more there were.
    let unlistedErrors: Int?
}
