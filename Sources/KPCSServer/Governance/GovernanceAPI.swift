import Hummingbird
import KPCSCore
import KPCSStore

/// Decisions, the chair table and observer organisations.
enum GovernanceAPI {
    /// The decision id of a path; anything but a positive whole number is an unknown decision.
    static func decisionId(_ context: KPCSRequestContext) throws -> Int64 {
        let text = context.pathParameter("id")
        guard text.utf8.count <= 19, let id = Int64(text), id > 0 else {
            throw KPCSError.notFound(GovernanceMessage.decisionUnknown(id: text))
        }
        return id
    }

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, GovernanceURL.apiDecisions, .anyone) { request, context in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                await DecisionSettling.settle(store)
                let result = try await store.governance.decisions(page: page, for: try context.optionalPrincipal())
                return JSONBody.response(PageJSON(result.map(DecisionJSON.init)))
            },
            Operation(.post, GovernanceURL.apiDecisions, .roles([.delegate])) { request, context in
                let draft = try await JSONBody.decode(DecisionDraft.self, from: request)
                let summary = try await store.governance.propose(draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary), status: .created)
            },
            Operation(.post, GovernanceURL.apiArchivedDecisions, .roles([.administrator])) { request, context in
                let draft = try await JSONBody.decode(ArchivedDecisionDraft.self, from: request)
                let summary = try await store.governance.recordArchived(draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary), status: .created)
            },
            Operation(.get, GovernanceURL.apiDecision(.key), .anyone) { _, context in
                await DecisionSettling.settle(store)
                let summary = try await store.governance.decision(
                    try decisionId(context), for: try context.optionalPrincipal())
                return JSONBody.response(DecisionJSON(summary))
            },
            Operation(.post, GovernanceURL.apiDecisionProcedure(.key), .roles([.delegate])) { request, context in
                let draft = try await JSONBody.decode(WrittenProcedureDraft.self, from: request)
                let summary = try await store.governance.openWrittenProcedure(
                    try decisionId(context), draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary))
            },
            Operation(.post, GovernanceURL.apiDecisionMeeting(.key), .roles([.delegate])) { request, context in
                let draft = try await JSONBody.decode(MeetingDecisionDraft.self, from: request)
                let summary = try await store.governance.putToMeeting(
                    try decisionId(context), draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary))
            },
            Operation(.post, GovernanceURL.apiDecisionStances(.key), .roles([.delegate])) { request, context in
                let draft = try await JSONBody.decode(StanceDraft.self, from: request)
                let summary = try await store.governance.recordStance(
                    try decisionId(context), draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary), status: .created)
            },
            Operation(.post, GovernanceURL.apiDecisionComments(.key), .roles([.observer])) { request, context in
                let draft = try await JSONBody.decode(CommentDraft.self, from: request)
                let summary = try await store.governance.comment(
                    try decisionId(context), draft, by: try context.principal())
                return JSONBody.response(DecisionJSON(summary), status: .created)
            },
            Operation(.get, GovernanceURL.apiChairs, .anyone) { _, _ in
                JSONBody.response(try await chairTable(store))
            },
            Operation(.put, GovernanceURL.apiChair(.key), .roles([.administrator])) { request, context in
                let text = context.pathParameter("year")
                guard text.utf8.count <= 4, let year = Int(text) else {
                    throw KPCSError.invalid(
                        RequestMessage.fieldWrongType(field: "year", expected: "a year"), pointer: "/year")
                }
                let draft = try await JSONBody.decode(ChairmanshipDraft.self, from: request)
                _ = try await store.governance.setChairmanship(year: year, draft, by: try context.principal())
                return JSONBody.response(try await chairTable(store))
            },
            Operation(.get, GovernanceURL.apiObservers, .anyone) { _, _ in
                JSONBody.response(
                    ["items": try await store.governance.observerOrganisations().map(ObserverOrganisationJSON.init)])
            },
            Operation(.post, GovernanceURL.apiObservers, .roles([.administrator])) { request, context in
                let draft = try await JSONBody.decode(ObserverOrganisationDraft.self, from: request)
                let organisation = try await store.governance.createObserverOrganisation(
                    draft, by: try context.principal())
                return JSONBody.response(ObserverOrganisationJSON(organisation), status: .created)
            },
        ]
    }

    static func chairTable(_ store: Store) async throws -> ChairTableJSON {
        let rows = try await store.governance.chairTable()
        let year = ChairRule.year(of: CalendarDate(utcDayOf: store.configuration.now()))
        return ChairTableJSON(
            currentYear: year, currentChair: ChairRule.chair(of: year, in: rows),
            items: rows.map {
                ChairTableJSON.Row(year: $0.year, chair: $0.chair, viceChair: $0.viceChair, decisionId: $0.decisionId)
            })
    }
}
