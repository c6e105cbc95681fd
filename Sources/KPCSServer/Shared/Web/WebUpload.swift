import Foundation
import Hummingbird
import KPCSCore

/// A page form that uploads files (`multipart/form-data`): the body read whole up to a limit, parsed by
/// ``MultipartFormData``, and refused (403) unless it carries the session's CSRF token, as ``WebForm`` does for the
/// other forms.
enum WebUpload {
    static func read(
        _ request: Request, _ context: KPCSRequestContext, upTo limit: Int
    ) async throws -> MultipartFormData {
        guard let header = request.headers[.contentType], let type = MediaType(header),
            type.essence == "multipart/form-data", let boundary = type.parameters["boundary"]
        else {
            throw KPCSError.invalid(HTTPMessage.unsupportedMediaType(mediaType: "multipart/form-data"))
        }
        let buffer = try await JSONBody.collect(request, upTo: limit)
        let upload = try MultipartFormData.parse(Array(buffer.readableBytesView), boundary: boundary)
        guard let session = context.sessionToken,
            WebSession.matches(upload.fields["csrf"], WebSession.csrfToken(for: session))
        else {
            throw KPCSError.forbidden(WebMessage.formTokenInvalid)
        }
        return upload
    }
}
