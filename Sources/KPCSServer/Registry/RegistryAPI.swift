import Hummingbird
import KPCSCore
import KPCSStore

/// Participants, authorities, companies.
enum RegistryAPI {
    /// A participant status named in a query or a body (`/status`); another word is a 422 listing the statuses.
    static func participantStatus(_ text: String) throws -> ParticipantStatus {
        guard let status = ParticipantStatus(rawValue: text) else {
            throw KPCSError.invalid(
                RequestMessage.fieldValueInvalid(
                    field: "status", value: text,
                    allowed: ParticipantStatus.allCases.map(\.rawValue).joined(separator: ", ")),
                pointer: "/status")
        }
        return status
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, RegistryURL.apiParticipants, .anyone) { request, _ in
                await DecisionSettling.settle(store)
                let status = try request.query("status").map(participantStatus)
                let participants = try await store.registry.participants(status: status)
                let members = Dictionary(grouping: participants.filter(\.isMemberState), by: \.participantCode)
                return JSONBody.response(
                    ["items": participants.map { ParticipantJSON($0, memberStates: members[$0.code]?.map(\.code)) }])
            },
            Operation(.get, RegistryURL.apiParticipant(.key), .anyone) { _, context in
                await DecisionSettling.settle(store)
                let code = context.pathParameter("code").uppercased()
                guard let participant = try await store.registry.participant(code) else {
                    throw KPCSError.notFound(RegistryMessage.participantUnknown(code: code))
                }
                let members = try await store.registry.participants().filter {
                    $0.isMemberState && $0.participantCode == code
                }
                let history = try await store.registry.statusHistory(of: code)
                return JSONBody.response(
                    ParticipantJSON(
                        participant, memberStates: members.isEmpty ? nil : members.map(\.code), history: history))
            },
            Operation(.post, RegistryURL.apiParticipantStatus(.key), .roles([.administrator])) { request, context in
                let code = context.pathParameter("code").uppercased()
                let body = try await JSONBody.decode(StatusChangeRequest.self, from: request)
                guard let text = body.status else {
                    throw KPCSError.invalid(RequestMessage.fieldRequired(field: "status"), pointer: "/status")
                }
                let status = try participantStatus(text)
                let participant = try await store.registry.changeParticipantStatus(
                    code, to: status, reason: body.reason, effectiveOn: body.effectiveOn, by: try context.principal())
                let history = try await store.registry.statusHistory(of: code)
                return JSONBody.response(ParticipantJSON(participant, history: history))
            },
            Operation(.get, RegistryURL.apiAuthorities, .anyone) { request, _ in
                let authorities = try await store.registry.authorities(
                    participant: request.query("participant")?.uppercased())
                return JSONBody.response(["items": authorities.map(AuthorityJSON.init)])
            },
            Operation(.post, RegistryURL.apiAuthorities, .roles([.administrator])) { request, context in
                let draft = try await JSONBody.decode(AuthorityDraft.self, from: request)
                let authority = try await store.registry.createAuthority(draft, by: try context.principal())
                return JSONBody.response(AuthorityJSON(authority), status: .created)
            },
            Operation(.get, RegistryURL.apiCompanies, .roles([.administrator, .officer])) { request, _ in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.registry.companies(
                    participant: request.query("participant")?.uppercased(), page: page)
                return JSONBody.response(PageJSON(result.map(CompanyJSON.init)))
            },
            Operation(.post, RegistryURL.apiCompanies, .roles([.administrator, .officer])) { request, context in
                let draft = try await JSONBody.decode(CompanyDraft.self, from: request)
                try PrintableText.check(draft)
                let company = try await store.registry.registerCompany(draft, by: try context.principal())
                return JSONBody.response(CompanyJSON(company), status: .created)
            },
            Operation(.get, RegistryURL.apiCompany(.key), .roles([.administrator, .officer])) { _, context in
                let text = context.pathParameter("id")
                guard let id = Int64(text), let company = try await store.registry.company(id) else {
                    throw KPCSError.notFound(RegistryMessage.companyUnknown(id: text))
                }
                return JSONBody.response(CompanyJSON(company))
            },
            Operation(.post, RegistryURL.apiCompanySuspension(.key), .roles([.administrator, .officer])) {
                request, context in
                let id = try companyID(context)
                let body = try await JSONBody.decode(ReasonRequest.self, from: request)
                let company = try await store.registry.setCompanySuspended(
                    id, suspended: true, reason: body.reason, by: try context.principal())
                return JSONBody.response(CompanyJSON(company))
            },
            Operation(.delete, RegistryURL.apiCompanySuspension(.key), .roles([.administrator, .officer])) {
                _, context in
                let id = try companyID(context)
                let company = try await store.registry.setCompanySuspended(
                    id, suspended: false, reason: nil, by: try context.principal())
                return JSONBody.response(CompanyJSON(company))
            },
        ]
    }

    static func companyID(_ context: KPCSRequestContext) throws -> Int64 {
        let text = context.pathParameter("id")
        guard let id = Int64(text) else { throw KPCSError.notFound(RegistryMessage.companyUnknown(id: text)) }
        return id
    }
}
