import Foundation
import Hummingbird
import KPCSCore
import KPCSStore
import NIOCore

/// Issue, validate, read, confirm and void certificates.
enum CertificateAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.post, CertificatesURL.apiCertificates, .roles([.officer])) { request, context in
                let draft = try await JSONBody.decode(CertificateDraft.self, from: request)
                let record = try await store.certificates.issue(draft, by: try context.principal())
                var response = JSONBody.response(CertificateJSON(record), status: .created)
                response.headers[.location] = CertificatesURL.apiCertificate(.value(record.certificate.number)).path
                return response
            },
            Operation(.post, CertificatesURL.apiValidate, .roles([.officer])) { request, context in
                let draft = try await JSONBody.decode(CertificateDraft.self, from: request)
                let valid = try await store.certificates.validate(draft, by: try context.principal())
                return JSONBody.response(ValidationJSON(valid))
            },
            Operation(.get, CertificatesURL.apiCertificates, .signedIn) { request, context in
                let filter = try filter(from: request)
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.certificates.list(filter, page: page, for: try context.principal())
                return JSONBody.response(PageJSON(result.map { CertificateJSON($0) }))
            },
            Operation(.get, CertificatesURL.apiCertificate(.key), .signedIn) { _, context in
                let number = context.pathParameter("number")
                let principal = try context.principal()
                let record = try await store.certificates.certificate(number, for: principal)
                let events = try await store.certificates.events(of: number, for: principal)
                return JSONBody.response(CertificateJSON(record, events: events))
            },
            Operation(.get, CertificatesURL.apiPDF(.key), .signedIn) { _, context in
                let number = context.pathParameter("number")
                let record = try await store.certificates.certificate(number, for: try context.principal())
                return try pdfResponse(record, publicURL: context.publicURL)
            },
            Operation(.post, CertificatesURL.apiConfirmation(.key), .roles([.officer])) { request, context in
                let number = context.pathParameter("number")
                let draft = try await JSONBody.decode(ConfirmationDraft.self, from: request)
                let principal = try context.principal()
                let record = try await store.certificates.confirm(number, draft, by: principal)
                let events = try await store.certificates.events(of: number, for: principal)
                return JSONBody.response(CertificateJSON(record, events: events), status: .created)
            },
            Operation(.post, CertificatesURL.apiVoid(.key), .roles([.officer])) { request, context in
                let number = context.pathParameter("number")
                let body = try await JSONBody.decode(ReasonRequest.self, from: request)
                let principal = try context.principal()
                let record = try await store.certificates.void(number, reason: body.reason, by: principal)
                let events = try await store.certificates.events(of: number, for: principal)
                return JSONBody.response(CertificateJSON(record, events: events))
            },
        ]
    }

    /// The printable certificate, rendered now, with the verify page under the server's public address.
    static func pdfResponse(_ record: CertificateRecord, publicURL: String) throws -> Response {
        let number = record.certificate.number
        let pdf = try CertificatePDF.render(record, publicURL: publicURL, printedAt: Date())
        return Response(
            status: .ok,
            headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"\(number).pdf\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf)))
    }

    static func filter(from request: Request) throws -> CertificateFilter {
        let state = try request.query("state").map { text in
            guard let state = CertificateState(rawValue: text) else {
                throw KPCSError.invalid(
                    RequestMessage.fieldValueInvalid(
                        field: "state", value: text,
                        allowed: CertificateState.allCases.map(\.rawValue).joined(separator: ", ")),
                    pointer: "/state")
            }
            return state
        }
        return CertificateFilter(
            state: state, exportingParticipant: request.query("exportingParticipant")?.uppercased(),
            importingParticipant: request.query("importingParticipant")?.uppercased(),
            participant: request.query("participant")?.uppercased(), issuedFrom: try request.dateQuery("issuedFrom"),
            issuedTo: try request.dateQuery("issuedTo"),
            numberPrefix: try CertificateNumber.searchPrefix(request.query("number"), field: "number"))
    }
}
