import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/bodies` and `/bodies/{code}`: the bodies of the scheme, who sits on them today and who sat before, their terms
/// of reference; and for an administrator or a delegate of this year's Chair, the forms that give and end seats
/// (they call what the API calls).
enum WorkingBodyPages {
    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation.page(.get, GovernanceURL.bodies, .anyone) { request, context in
                let chrome = WebChrome(request, context)
                let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
                let result = try await store.governance.workingBodies(page: page, for: chrome.principal)
                let names = try await DecisionPages.participantNames(store)
                return chrome.page(
                    WorkingBodyText.title.text(chrome.language),
                    body: list(result, today: today(store), names: names, chrome: chrome), request: request)
            },
            Operation.page(.get, GovernanceURL.body(.key), .anyone) { request, context in
                try await detail(
                    store, code: try WorkingBodyAPI.bodyCode(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.post, GovernanceURL.bodySeats(.key), recorders) { request, context in
                let code = try WorkingBodyAPI.bodyCode(context)
                let fields = try await WebForm.read(request, context)
                let draft = SeatDraft(
                    holderKind: fields.filled("holderKind"), code: fields.filled("code"), role: fields.filled("role"),
                    startsOn: fields.filled("startsOn"), endsOn: fields.filled("endsOn"))
                return try await submit(store, code: code, request: request, context: context, form: fields) {
                    _ = try await store.governance.addSeat(to: code, draft, by: $0)
                }
            },
            Operation.page(.post, GovernanceURL.bodySeatEnd(.key, .key), recorders) { request, context in
                let code = try WorkingBodyAPI.bodyCode(context)
                let id = try WorkingBodyAPI.seatId(context, body: code)
                let fields = try await WebForm.read(request, context)
                return try await submit(store, code: code, request: request, context: context, form: fields) {
                    _ = try await store.governance.endSeat(
                        id, of: code, SeatEndDraft(endsOn: fields.filled("endsOn")), by: $0)
                }
            },
        ]
    }

    static func today(_ store: Store) -> CalendarDate { CalendarDate(utcDayOf: store.configuration.now()) }

    /// A form post: back to the body's page on success; a refusal is shown beside the form's fields.
    static func submit(
        _ store: Store, code: String, request: Request, context: KPCSRequestContext, form: [String: String],
        write: (Principal) async throws -> Void
    ) async throws -> Response {
        var errors = WebParts.FieldErrors()
        do {
            try await write(try context.principal())
            return WebChrome.redirect(GovernanceURL.body(.value(code)).path(query: [("saved", "1")]))
        } catch let error as KPCSError where error.isShownOnForm {
            let language = WebLanguage.resolve(request, context: context)
            errors.add(error, language: language) { pointer in pointer.isEmpty ? "seat" : "seat-\(pointer.dropFirst())"
            }
        }
        return try await detail(store, code: code, request: request, context: context, errors: errors, form: form)
    }

    static func list(
        _ result: PageResult<WorkingBody>, today: CalendarDate, names: [String: Participant], chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <h1>\(chrome.t(WorkingBodyText.title))</h1><p>\(chrome.t(WorkingBodyText.intro))</p>
            <div class="scroll" tabindex="0"><table id="bodies"><thead><tr><th\
             scope="col">\(chrome.t(WorkingBodyText.body))</th><th scope="col">\(chrome.t(WorkingBodyText.kind))</th>\
            <th scope="col">\(chrome.t(WorkingBodyText.chair))</th><th\
             scope="col">\(chrome.t(WorkingBodyText.members))</th></tr></thead><tbody>
            """
        for body in result.items {
            let chair = body.holder(of: .chair, on: today).map { holderName($0, names: names, language: language) }
            let state = body.exists(on: today) ? "" : " — \(chrome.t(WorkingBodyText.dissolved))"
            let members = body.seats(on: today).filter { $0.role == .member }.count
            html += """
                <tr><td><a href="\(GovernanceURL.body(.value(body.code)))">\(body.name(in: language))\
                 (\(body.code))</a>\(state)</td><td>\(WorkingBodyText.kind(body.kind, language))</td>\
                <td>\(chair ?? "—")</td><td class="n">\(String(members))\
                </td></tr>
                """
        }
        return html + "</tbody></table></div>"
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: GovernanceURL.bodies,
                query: [], chrome: chrome)
    }

    static func holderName(_ holder: SeatHolder, names: [String: Participant], language: Language) -> String {
        switch holder {
        case .participant(let code): return DecisionPages.name(code, names, language)
        case .organisation(let code), .person(let code): return code
        }
    }

    static func detail(
        _ store: Store, code: String, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let body = try await store.governance.workingBody(code, for: chrome.principal)
        let names = try await DecisionPages.participantNames(store)
        let today = today(store)
        var html: HTML = "<h1>\(body.name(in: language)) (\(body.code))</h1>"
        html += "<p><a href=\"\(GovernanceURL.bodies)\">\(chrome.t(WorkingBodyText.title))</a></p>"
        if request.query("saved") != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(GovernanceText.saved))</p>"
        }
        html += errors.summary(chrome, labels: [:])
        html += "<dl id=\"body-facts\"><dt>\(chrome.t(WorkingBodyText.kind))</dt>"
        html += "<dd>\(WorkingBodyText.kind(body.kind, language))</dd>"
        html += "<dt>\(chrome.t(WorkingBodyText.established))</dt><dd>"
        html += "\(body.establishedOn.map { WebFormat.date($0, language) } ?? chrome.t(WorkingBodyText.notOnRecord))"
        html += decisionLink(body.establishedBy, chrome: chrome) + "</dd>"
        if let dissolved = body.dissolvedOn {
            html += "<dt>\(chrome.t(WorkingBodyText.dissolved))</dt><dd>\(WebFormat.date(dissolved, language))"
            html += decisionLink(body.dissolvedBy, chrome: chrome) + "</dd>"
        }
        html += "</dl><h2>\(chrome.t(WorkingBodyText.terms))</h2>"
        if let terms = body.termsOfReference {
            html += """
                <p>\(chrome.t(WorkingBodyText.adoptedOn)) \(WebFormat.date(terms.adoptedOn, language))\
                \(decisionLink(terms.decisionId, chrome: chrome))</p>
                <div id="terms" class="prose"><p>\(language == .fr ? terms.textFr : terms.textEn)</p></div>
                """
        } else {
            html += "<p id=\"terms\">\(chrome.t(WorkingBodyText.noTerms))</p>"
        }
        html += try await meetingList(store, body: body.code, chrome: chrome)
        html += DocumentList.html(
            try await store.governance.documents(of: .body(body.code), for: chrome.principal), chrome: chrome)
        if chrome.csrf != nil, try await store.governance.mayAddDocument(to: .body(body.code), by: chrome.principal) {
            html += DocumentForm.html(owner: .body(body.code), errors: errors, form: form, chrome: chrome)
        }
        let current = body.seats(on: today)
        let past = body.seats.filter { !$0.isHeld(on: today) }
        let mayRecord = try await mayRecord(store, principal: chrome.principal, today: today)
        html += "<h2>\(chrome.t(WorkingBodyText.currentSeats))</h2>"
        html += seatTable(
            current, id: "current-seats", names: names, endForms: mayRecord ? code : nil, chrome: chrome)
        html += "<h2>\(chrome.t(WorkingBodyText.otherSeats))</h2>"
        html += seatTable(past, id: "other-seats", names: names, endForms: nil, chrome: chrome)
        if mayRecord, body.exists(on: today) {
            html += seatForm(code: code, today: today, errors: errors, form: form, chrome: chrome)
        }
        return chrome.page(
            body.name(in: language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Whether the forms are for this caller: an administrator, or a delegate of this year's Chair (the rules
    /// check again, by the term's year, when the form is sent).
    static func mayRecord(_ store: Store, principal: Principal?, today: CalendarDate) async throws -> Bool {
        guard let principal else { return false }
        if principal.role == .administrator { return true }
        guard principal.role == .delegate, let delegation = principal.delegation else { return false }
        return try await store.governance.chair(of: ChairRule.year(of: today)) == delegation
    }

    /// The body's latest ten meetings, with a link to all of them.
    static func meetingList(_ store: Store, body code: String, chrome: WebChrome) async throws -> HTML {
        let language = chrome.language
        let meetings = try await store.governance.meetings(
            page: try PageRequest(page: 1, perPage: 10), of: code, for: chrome.principal)
        var html: HTML = "<h2>\(chrome.t(MeetingText.bodyMeetings))</h2>"
        guard !meetings.items.isEmpty else {
            return html + "<p id=\"body-meetings\">\(chrome.t(MeetingText.noBodyMeetings))</p>"
        }
        html += "<ul id=\"body-meetings\">"
        for meeting in meetings.items {
            html += """
                <li><a href="\(GovernanceURL.meeting(.value(String(meeting.id))))">\(meeting.title(in: language))</a>\
                 — \(MeetingPages.when(meeting, language))</li>
                """
        }
        html += "</ul>"
        if meetings.total > Int64(meetings.items.count) {
            html += """
                <p><a href="\(GovernanceURL.meetings.path(query: [("body", code)]))">\
                \(chrome.t(MeetingText.moreBodyMeetings))</a></p>
                """
        }
        return html
    }

    static func decisionLink(_ id: Int64?, chrome: WebChrome) -> HTML {
        guard let id else { return "" }
        return " (<a href=\"\(GovernanceURL.decision(.value(String(id))))\">\(chrome.t(WorkingBodyText.decision))</a>)"
    }

    static func seatTable(
        _ seats: [BodySeat], id: String, names: [String: Participant], endForms code: String?, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        guard !seats.isEmpty else { return "<p id=\"\(id)\">\(chrome.t(WorkingBodyText.noSeats))</p>" }
        var html: HTML = """
            <div class="scroll" tabindex="0"><table id="\(id)"><thead><tr><th\
             scope="col">\(chrome.t(WorkingBodyText.holder))</th><th scope="col">\(chrome.t(WorkingBodyText.role))</th>\
            <th scope="col">\(chrome.t(WorkingBodyText.from))</th><th\
             scope="col">\(chrome.t(WorkingBodyText.until))</th>
            """
        if code != nil { html += "<th scope=\"col\">\(chrome.t(WorkingBodyText.endTerm))</th>" }
        html += "</tr></thead><tbody>"
        for seat in seats {
            html += """
                <tr><td>\(holderName(seat.holder, names: names, language: language))\
                 <span class="hint">(\(WorkingBodyText.holderKind(seat.holder.kind, language)))</span>\
                \(decisionLink(seat.decisionId, chrome: chrome))</td>\
                <td>\(WorkingBodyText.role(seat.role, language))</td>\
                <td>\(WebFormat.date(seat.startsOn, language))</td>\
                <td>\(seat.endsOn.map { WebFormat.date($0, language) } ?? "—")</td>
                """
            if let code {
                let field = "end-\(seat.id)"
                let action = GovernanceURL.bodySeatEnd(.value(code), .value(String(seat.id)))
                html += """
                    <td><form method="post" action="\(action)"\
                    >\(chrome.csrfField)<input id="\(field)" name="endsOn" size="10" placeholder="YYYY-MM-DD"\
                     aria-label="\(chrome.t(WorkingBodyText.endsOn))"> <button\
                     type="submit">\(chrome.t(WorkingBodyText.endTerm))</button></form></td>
                    """
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    static func seatForm(
        code: String, today: CalendarDate, errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        func value(_ name: String, _ fallback: String = "") -> String { form[name] ?? fallback }
        func field(_ name: String, _ label: WorkingBodyText, _ fallback: String = "") -> HTML {
            """
            <p><label for="seat-\(name)">\(chrome.t(label))</label> <input id="seat-\(name)" name="\(name)"\
             size="20" value="\(value(name, fallback))"\(errors.attributes("seat-\(name)"))>\
            \(errors.message("seat-\(name)"))</p>
            """
        }
        var kinds: HTML = ""
        for kind in SeatHolderKind.allCases {
            kinds += WebParts.option(
                kind.rawValue, WorkingBodyText.holderKind(kind, language),
                selected: value("holderKind", "participant") == kind.rawValue)
        }
        var roles: HTML = ""
        for role in SeatRole.allCases {
            roles += WebParts.option(
                role.rawValue, WorkingBodyText.role(role, language), selected: value("role", "member") == role.rawValue)
        }
        return """
            <section aria-labelledby="seat-title"><h2 id="seat-title">\(chrome.t(WorkingBodyText.addSeat))</h2>
            <form method="post" action="\(GovernanceURL.bodySeats(.value(code)))" id="seat-form">\(chrome.csrfField)\
            \(errors.message("seat"))<p class="hint">\(chrome.t(WorkingBodyText.addSeatHint))</p>
            <p><label for="seat-holderKind">\(chrome.t(WorkingBodyText.holderKindLabel))</label> <select\
             id="seat-holderKind" name="holderKind"\(errors.attributes("seat-holderKind"))>\(kinds)</select>\
            \(errors.message("seat-holderKind"))</p>
            \(field("code", .code))
            <p><label for="seat-role">\(chrome.t(WorkingBodyText.role))</label> <select id="seat-role"\
             name="role"\(errors.attributes("seat-role"))>\(roles)</select>\(errors.message("seat-role"))</p>
            \(field("startsOn", .startsOn, today.description))
            \(field("endsOn", .endsOn))
            <p><button type="submit" id="seat-submit">\(chrome.t(WorkingBodyText.addSeat))</button></p></form></section>
            """
    }
}
