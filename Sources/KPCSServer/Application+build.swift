import Foundation
import Hummingbird
import KPCSCore
import KPCSStore
import Logging
import ServiceLifecycle

/// Every operation of every feature, in one list: routes are registered from it, and a test compares it with the
/// OpenAPI document.
func apiOperations(_ store: Store) -> [Operation] {
    serverFeatures.flatMap { $0.operations(store) }
}

/// Builds the router: the request id and access log outermost (so the line has the status actually sent), then
/// language and problem details, then authentication, then the operations, each guarded by its ``Access`` and given
/// the server's public address on its context.
func buildRouter(store: Store, publicURL: String = ServerSettings().publicURL) -> Router<KPCSRequestContext> {
    let router = Router(context: KPCSRequestContext.self)
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: ProblemMiddleware())
    router.add(middleware: AuthenticationMiddleware(store: store))
    for operation in apiOperations(store) {
        let access = operation.access
        let handler = operation.handler
        let isPage = operation.isPage
        router.on(RouterPath(operation.routerPath), method: operation.method) { request, context in
            var context = context
            context.publicURL = publicURL
            var response: Response
            do {
                try access.check(context)
                response = try await handler(request, context)
            } catch let error as KPCSError {
                response =
                    isPage
                    ? ErrorPages.response(for: error, request: request, context: context)
                    : ProblemMiddleware.answer(error, context: context)
            } catch  where isPage && !(error is HTTPError) {
                // A page answers as a page even when something broke underneath: logged, never shown.
                context.logger.error("page failed", metadata: ["error": "\(String(reflecting: error))"])
                response = ErrorPages.response(
                    for: KPCSError(kind: .internalError, message: LocalizedMessage(ServiceMessage.internalError)),
                    request: request, context: context)
            }
            // What a signed-in caller reads is theirs: no browser or proxy keeps a copy.
            if context.sessionToken != nil || context.isSignedIn {
                response.headers[.cacheControl] = "no-store"
            }
            return response
        }
    }
    return router
}

/// The whole kpcs server: used by `kpcs serve` and, with test settings, by the tests.
public func buildApplication(store: Store, settings: ServerSettings, logger: Logger) -> some ApplicationProtocol {
    var services: [any Service] = [ExpiryService(store: store, interval: settings.expiryInterval, logger: logger)]
    if let mail = settings.mail {
        services.append(
            MailService(sender: MailSender(store: store, settings: mail, publicURL: settings.publicURL, logger: logger))
        )
    }
    return Application(
        router: buildRouter(store: store, publicURL: settings.publicURL),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "kpcs"),
        services: services, logger: logger)
}
