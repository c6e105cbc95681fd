import Hummingbird
import KPCSCore
import KPCSStore

/// The bodies of the scheme and their seats: public reads (persons' seats for administrators only); an
/// administrator, or a delegate of the Chair of the term's year, gives and ends the seats of participants and
/// organisations, and only an administrator those of persons.
enum WorkingBodyAPI {
    /// The body code of a path, in capitals; a code longer than 12 characters is unknown.
    static func bodyCode(_ context: KPCSRequestContext) throws -> String {
        let text = context.pathParameter("code")
        guard text.utf8.count <= 12 else {
            throw KPCSError.notFound(WorkingBodyMessage.bodyUnknown(code: String(text.prefix(40))))
        }
        return text.uppercased()
    }

    /// The seat id of a path.
    static func seatId(_ context: KPCSRequestContext, body: String) throws -> Int64 {
        try context.idParameter { WorkingBodyMessage.seatUnknown(body: body, id: $0) }
    }

    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation(.get, GovernanceURL.apiBodies, .anyone) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.governance.workingBodies(page: page, for: try context.optionalPrincipal())
                return JSONBody.response(PageJSON(result.map(WorkingBodyJSON.init)))
            },
            Operation(.get, GovernanceURL.apiBody(.key), .anyone) { _, context in
                let body = try await store.governance.workingBody(
                    try bodyCode(context), for: try context.optionalPrincipal())
                return JSONBody.response(WorkingBodyJSON(body))
            },
            Operation(.post, GovernanceURL.apiBodySeats(.key), recorders) { request, context in
                let code = try bodyCode(context)
                let draft = try await JSONBody.decode(SeatDraft.self, from: request)
                let body = try await store.governance.addSeat(to: code, draft, by: try context.principal())
                return JSONBody.response(WorkingBodyJSON(body), status: .created)
            },
            Operation(.post, GovernanceURL.apiBodySeatEnd(.key, .key), recorders) { request, context in
                let code = try bodyCode(context)
                let id = try seatId(context, body: code)
                let draft = try await JSONBody.decode(SeatEndDraft.self, from: request)
                let body = try await store.governance.endSeat(id, of: code, draft, by: try context.principal())
                return JSONBody.response(WorkingBodyJSON(body))
            },
        ]
    }
}

/// A body as the API gives it: its seats, current and past; the seats of persons for administrators only.
struct WorkingBodyJSON: Codable, Sendable {
    struct Seat: Codable, Sendable {
        let id: Int64
        let holderKind: String
        let code: String
        let role: String
        let startsOn: String
        /// The day the term ends, not included; absent while open.
        let endsOn: String?
        let decisionId: Int64?
    }

    struct Terms: Codable, Sendable {
        let textEn: String
        let textFr: String
        let adoptedOn: String
        let decisionId: Int64?
    }

    let code: String
    let kind: String
    let nameEn: String
    let nameFr: String
    let establishedOn: String?
    let establishedBy: Int64?
    let dissolvedOn: String?
    let dissolvedBy: Int64?
    let termsOfReference: Terms?
    let seats: [Seat]

    init(_ body: WorkingBody) {
        code = body.code
        kind = body.kind.rawValue
        nameEn = body.nameEn
        nameFr = body.nameFr
        establishedOn = body.establishedOn?.description
        establishedBy = body.establishedBy
        dissolvedOn = body.dissolvedOn?.description
        dissolvedBy = body.dissolvedBy
        termsOfReference = body.termsOfReference.map {
            Terms(textEn: $0.textEn, textFr: $0.textFr, adoptedOn: $0.adoptedOn.description, decisionId: $0.decisionId)
        }
        seats = body.seats.map {
            Seat(
                id: $0.id, holderKind: $0.holder.kind.rawValue, code: $0.holder.code, role: $0.role.rawValue,
                startsOn: $0.startsOn.description, endsOn: $0.endsOn?.description, decisionId: $0.decisionId)
        }
    }
}
