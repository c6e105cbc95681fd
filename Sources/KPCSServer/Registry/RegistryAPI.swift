import Hummingbird
import KPCSCore
import KPCSStore

/// Participants, authorities, companies.
enum RegistryAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, "/api/v1/participants", .anyone) { request, _ in
                let status = try request.query("status").map { text in
                    guard let status = ParticipantStatus(rawValue: text) else {
                        throw KPCSError.invalid(
                            .fieldValueInvalid,
                            arguments: ["status", text, ParticipantStatus.allCases.map(\.rawValue).joined(separator: ", ")],
                            pointer: "/status")
                    }
                    return status
                }
                let participants = try await store.participants(status: status)
                let members = Dictionary(grouping: participants.filter(\.isMemberState), by: \.participantCode)
                return JSONBody.response(
                    ["items": participants.map { ParticipantJSON($0, memberStates: members[$0.code]?.map(\.code)) }])
            },
            Operation(.get, "/api/v1/participants/{code}", .anyone) { _, context in
                let code = context.pathParameter("code").uppercased()
                guard let participant = try await store.participant(code) else {
                    throw KPCSError.notFound(.participantUnknown, arguments: [code])
                }
                let members = try await store.participants().filter { $0.isMemberState && $0.participantCode == code }
                let history = try await store.statusHistory(of: code)
                return JSONBody.response(
                    ParticipantJSON(participant, memberStates: members.isEmpty ? nil : members.map(\.code), history: history))
            },
            Operation(.post, "/api/v1/participants/{code}/status", .roles([.administrator])) { request, context in
                let code = context.pathParameter("code").uppercased()
                let body = try await JSONBody.decode(StatusChangeRequest.self, from: request)
                guard let text = body.status else {
                    throw KPCSError.invalid(.fieldRequired, arguments: ["status"], pointer: "/status")
                }
                guard let status = ParticipantStatus(rawValue: text) else {
                    throw KPCSError.invalid(
                        .fieldValueInvalid,
                        arguments: ["status", text, ParticipantStatus.allCases.map(\.rawValue).joined(separator: ", ")],
                        pointer: "/status")
                }
                let participant = try await store.changeParticipantStatus(
                    code, to: status, reason: body.reason, effectiveOn: body.effectiveOn, by: try context.principal())
                let history = try await store.statusHistory(of: code)
                return JSONBody.response(ParticipantJSON(participant, history: history))
            },
            Operation(.get, "/api/v1/authorities", .anyone) { request, _ in
                let authorities = try await store.authorities(participant: request.query("participant")?.uppercased())
                return JSONBody.response(["items": authorities.map(AuthorityJSON.init)])
            },
            Operation(.post, "/api/v1/authorities", .roles([.administrator])) { request, context in
                let draft = try await JSONBody.decode(AuthorityDraft.self, from: request)
                let authority = try await store.createAuthority(draft, by: try context.principal())
                return JSONBody.response(AuthorityJSON(authority), status: .created)
            },
            Operation(.get, "/api/v1/companies", .signedIn) { request, _ in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.companies(participant: request.query("participant")?.uppercased(), page: page)
                return JSONBody.response(PageJSON(result.map(CompanyJSON.init)))
            },
            Operation(.post, "/api/v1/companies", .roles([.administrator, .officer])) { request, context in
                let draft = try await JSONBody.decode(CompanyDraft.self, from: request)
                let company = try await store.registerCompany(draft, by: try context.principal())
                return JSONBody.response(CompanyJSON(company), status: .created)
            },
            Operation(.get, "/api/v1/companies/{id}", .signedIn) { _, context in
                let text = context.pathParameter("id")
                guard let id = Int64(text), let company = try await store.company(id) else {
                    throw KPCSError.notFound(.companyUnknown, arguments: [text])
                }
                return JSONBody.response(CompanyJSON(company))
            },
            Operation(.post, "/api/v1/companies/{id}/suspension", .roles([.administrator, .officer])) { request, context in
                let id = try companyID(context)
                let body = try await JSONBody.decode(ReasonRequest.self, from: request)
                let company = try await store.setCompanySuspended(id, suspended: true, reason: body.reason, by: try context.principal())
                return JSONBody.response(CompanyJSON(company))
            },
            Operation(.delete, "/api/v1/companies/{id}/suspension", .roles([.administrator, .officer])) { _, context in
                let id = try companyID(context)
                let company = try await store.setCompanySuspended(id, suspended: false, reason: nil, by: try context.principal())
                return JSONBody.response(CompanyJSON(company))
            },
        ]
    }

    static func companyID(_ context: KPCSRequestContext) throws -> Int64 {
        let text = context.pathParameter("id")
        guard let id = Int64(text) else { throw KPCSError.notFound(.companyUnknown, arguments: [text]) }
        return id
    }
}
