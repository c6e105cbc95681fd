import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/meetings` and `/meetings/{id}`: the Plenary, Intersessional and working-body meetings, latest first (one
/// body's with `?body=CODE`), and one meeting with its agenda, who was present, a Plenary's communiqué and the
/// decisions put to it. The Chair's guests are shown to delegates, observers and administrators only.
enum MeetingPages {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, GovernanceURL.meetings, .anyone) { request, context in
                try await listPage(store, request: request, context: context, errors: WebParts.FieldErrors(), form: [:])
            },
            Operation.page(.get, GovernanceURL.meeting(.key), .anyone) { request, context in
                try await detailPage(
                    store, id: try MeetingAPI.meetingId(context), request: request, context: context,
                    errors: WebParts.FieldErrors(), form: nil)
            },
        ]
    }

    /// The list, with the form of a new meeting for those who may record one.
    static func listPage(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let page = try PageRequest(page: request.intQuery("page"), perPage: 50)
        let body = BodyEffectRules.bodyCode(request.query("body"))
        let result = try await store.governance.meetings(page: page, of: body, for: chrome.principal)
        var html = errors.summary(chrome, labels: [:]) + list(result, body: body, chrome: chrome)
        if chrome.csrf != nil, try await store.governance.mayRecordMeetings(chrome.principal) {
            let bodies = try await store.governance.workingBodies(
                page: try PageRequest(page: 1, perPage: 100), for: chrome.principal)
            html += MeetingFormHTML.record(
                bodies: bodies.items, today: CalendarDate(utcDayOf: store.configuration.now()), errors: errors,
                form: form, chrome: chrome)
        }
        return chrome.page(
            MeetingText.title.text(chrome.language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// One meeting, with the forms of its attendance and (a Plenary's) communiqué for those who may record it;
    /// `form` is what a refused form sent.
    static func detailPage(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]?
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let meeting = try await store.governance.meeting(id, for: chrome.principal)
        let names = try await DecisionPages.participantNames(store)
        let organisations = try await store.governance.observerOrganisations()
        let documents = try await store.governance.documents(of: .meeting(meeting.id), for: chrome.principal)
        var html: HTML = errors.summary(chrome, labels: [:])
        if request.query("saved") != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(GovernanceText.saved))</p>"
        }
        html +=
            detail(
                meeting, names: names,
                organisations: Dictionary(uniqueKeysWithValues: organisations.map { ($0.code, $0.name) }),
                chrome: chrome)
            + DocumentList.html(documents, chrome: chrome)
        if meeting.kind.takesDecisions {
            let decisions = try await store.governance.decisions(atMeeting: meeting.id, for: chrome.principal)
            html += decisionList(decisions, chrome: chrome)
        }
        if chrome.csrf != nil, try await store.governance.mayRecord(meeting, by: chrome.principal) {
            html += errors.message("meeting-forms")
            html += DocumentForm.html(owner: .meeting(meeting.id), errors: errors, form: form, chrome: chrome)
            html += MeetingFormHTML.attendance(
                meeting, participants: names.values.sorted { $0.code < $1.code }, organisations: organisations,
                errors: errors, form: form ?? [:], sent: form?["form"] == "attendance", chrome: chrome)
            if meeting.kind == .plenary {
                html += MeetingFormHTML.communique(
                    meeting, errors: errors, form: form ?? [:], sent: form?["form"] == "communique", chrome: chrome)
            }
        }
        return chrome.page(
            meeting.title(in: chrome.language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func when(_ meeting: Meeting, _ language: Language) -> String {
        let start = WebFormat.date(meeting.startsOn, language)
        return meeting.endsOn == meeting.startsOn ? start : "\(start) – \(WebFormat.date(meeting.endsOn, language))"
    }

    static func list(_ result: PageResult<Meeting>, body: String?, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = "<h1>\(chrome.t(MeetingText.title))</h1><p>\(chrome.t(MeetingText.intro))</p>"
        if let body {
            html += """
                <p id="meetings-of">\(chrome.t(MeetingText.meetingsOf)) <a href="\(GovernanceURL.body(.value(body)))">\
                \(body)</a> · <a href="\(GovernanceURL.meetings)">\(chrome.t(MeetingText.allMeetings))</a></p>
                """
        }
        guard !result.items.isEmpty else { return html + "<p>\(chrome.t(MeetingText.none))</p>" }
        html += """
            <div class="scroll" tabindex="0"><table id="meetings"><thead><tr><th\
             scope="col">\(chrome.t(MeetingText.meeting))</th><th scope="col">\(chrome.t(MeetingText.kind))</th><th\
             scope="col">\(chrome.t(MeetingText.dates))</th><th scope="col">\(chrome.t(MeetingText.place))</th></tr>\
            </thead><tbody>
            """
        for meeting in result.items {
            html += """
                <tr><td><a href="\(GovernanceURL.meeting(.value(String(meeting.id))))">\
                \(meeting.title(in: language))</a></td><td>\(kindAndBody(meeting, language))</td>\
                <td>\(when(meeting, language))</td><td>\(place(meeting, language))</td></tr>
                """
        }
        return html + "</tbody></table></div>"
            + WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: GovernanceURL.meetings,
                query: body.map { [("body", $0)] } ?? [], chrome: chrome)
    }

    /// The kind of meeting, and for a working body's, the body's code linked to its page.
    static func kindAndBody(_ meeting: Meeting, _ language: Language) -> HTML {
        let kind = MeetingText.kind(meeting.kind, language)
        guard let body = meeting.body else { return "\(kind)" }
        return "\(kind) (<a href=\"\(GovernanceURL.body(.value(body)))\">\(body)</a>)"
    }

    static func place(_ meeting: Meeting, _ language: Language) -> String {
        let format = MeetingText.format(meeting.format, language)
        guard let place = meeting.place else { return format }
        return "\(place) (\(format))"
    }

    static func detail(
        _ meeting: Meeting, names: [String: Participant], organisations: [String: String], chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <h1>\(meeting.title(in: language))</h1>
            <p><a href="\(GovernanceURL.meetings)">\(chrome.t(MeetingText.title))</a></p>
            <dl id="meeting-facts"><dt>\(chrome.t(MeetingText.kind))</dt>\
            <dd>\(kindAndBody(meeting, language))</dd><dt>\(chrome.t(MeetingText.dates))</dt>\
            <dd>\(when(meeting, language))</dd>\
            <dt>\(chrome.t(MeetingText.place))</dt><dd>\(place(meeting, language))</dd></dl>
            <h2>\(chrome.t(MeetingText.agenda))</h2>
            """
        if meeting.agenda.isEmpty {
            html += "<p>\(chrome.t(MeetingText.noAgenda))</p>"
        } else {
            html += "<ol id=\"agenda\">"
            for item in meeting.agenda {
                html += "<li>\(language == .fr ? item.titleFr : item.titleEn)</li>"
            }
            html += "</ol>"
        }
        html += "<h2>\(chrome.t(MeetingText.present))</h2>"
        let attendance = meeting.attendance
        if attendance.participants.isEmpty && attendance.organisations.isEmpty && attendance.guests.isEmpty {
            html += "<p>\(chrome.t(MeetingText.noAttendance))</p>"
        } else {
            html += "<ul id=\"attendance\">"
            for code in attendance.participants {
                html += "<li>\(DecisionPages.name(code, names, language))</li>"
            }
            for code in attendance.organisations {
                html += "<li>\(organisations[code].map { "\($0) (\(code))" } ?? code)</li>"
            }
            for guest in attendance.guests {
                let affiliation = guest.affiliation.map { ", \($0)" } ?? ""
                html += "<li>\(guest.name)\(affiliation) — \(chrome.t(MeetingText.guest))</li>"
            }
            html += "</ul>"
        }
        if meeting.kind == .plenary {
            html += "<h2>\(chrome.t(MeetingText.communique))</h2>"
            switch meeting.communique {
            case .published(let en, let fr):
                html += "<div id=\"communique\" class=\"prose\"><p>\(language == .fr ? fr : en)</p></div>"
            case .none?: html += "<p id=\"communique\">\(chrome.t(MeetingText.noCommunique))</p>"
            case nil: html += "<p id=\"communique\">\(chrome.t(MeetingText.communiqueNotRecorded))</p>"
            }
        }
        return html
    }
}

extension MeetingPages {
    /// The decisions put to the meeting, each with its number once adopted and its state as read now.
    static func decisionList(_ decisions: [DecisionSummary], chrome: WebChrome) -> HTML {
        var html: HTML = "<h2>\(chrome.t(MeetingText.decisions))</h2>"
        guard !decisions.isEmpty else {
            return html + "<p id=\"meeting-decisions\">\(chrome.t(MeetingText.noDecisions))</p>"
        }
        html += "<ul id=\"meeting-decisions\">"
        for summary in decisions {
            let decision = summary.decision
            let number = decision.closing?.number.map { "\($0) — " } ?? ""
            html += """
                <li>\(number)<a href="\(GovernanceURL.decision(.value(String(decision.id))))">\
                \(decision.title(in: chrome.language))</a>\
                 \(DecisionPages.stateTag(summary.state, chrome.language))</li>
                """
        }
        return html + "</ul>"
    }
}

extension Meeting {
    func title(in language: Language) -> String { language == .fr ? titleFr : titleEn }
}

/// The texts of the meetings' pages, in English and French.
enum MeetingText: CaseIterable, LocalizedText {
    case title, intro, none, meeting, kind, dates, place, agenda, noAgenda, present, noAttendance, guest, communique
    case noCommunique, communiqueNotRecorded, decisions, noDecisions, documents, noDocuments, notPublic, bytes
    case meetingsOf, allMeetings, bodyMeetings, noBodyMeetings, moreBodyMeetings

    static func kind(_ kind: MeetingKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.plenary, .en): "Plenary"
        case (.plenary, .fr): "Réunion plénière"
        case (.intersessional, .en): "Intersessional"
        case (.intersessional, .fr): "Réunion intersessions"
        case (.workingBody, .en): "Working-body meeting"
        case (.workingBody, .fr): "Réunion d'un organe"
        }
    }

    static func format(_ format: MeetingFormat, _ language: Language) -> String {
        switch (format, language) {
        case (.inPerson, .en): "in person"
        case (.inPerson, .fr): "en présentiel"
        case (.online, .en): "online"
        case (.online, .fr): "en ligne"
        case (.hybrid, .en): "hybrid"
        case (.hybrid, .fr): "hybride"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Meetings", "Réunions")
        case .intro:
            (en, fr) = (
                """
                The Plenary and Intersessional meetings where the participants decide by consensus, and the meetings\
                 of the working bodies, which prepare the work; latest first.
                """,
                """
                Les réunions plénières et intersessions où les participants décident par consensus, et les réunions\
                 des organes, qui préparent le travail ; les dernières d'abord.
                """
            )
        case .none: (en, fr) = ("No meeting recorded yet.", "Aucune réunion enregistrée pour l'instant.")
        case .meeting: (en, fr) = ("Meeting", "Réunion")
        case .kind: (en, fr) = ("Kind", "Type")
        case .dates: (en, fr) = ("Dates", "Dates")
        case .place: (en, fr) = ("Place", "Lieu")
        case .agenda: (en, fr) = ("Agenda", "Ordre du jour")
        case .noAgenda: (en, fr) = ("No agenda recorded.", "Aucun ordre du jour enregistré.")
        case .present: (en, fr) = ("Present", "Présents")
        case .noAttendance: (en, fr) = ("Attendance not recorded yet.", "Présences pas encore enregistrées.")
        case .guest: (en, fr) = ("guest of the Chair", "invité de la présidence")
        case .communique: (en, fr) = ("Communiqué", "Communiqué")
        case .noCommunique:
            (en, fr) = ("This Plenary published no communiqué.", "Cette réunion plénière n'a publié aucun communiqué.")
        case .communiqueNotRecorded:
            (en, fr) = ("The communiqué is not recorded yet.", "Le communiqué n'est pas encore enregistré.")
        case .documents: (en, fr) = ("Documents", "Documents")
        case .noDocuments: (en, fr) = ("No document recorded.", "Aucun document enregistré.")
        case .notPublic: (en, fr) = ("not public", "non public")
        case .bytes: (en, fr) = ("bytes", "octets")
        case .meetingsOf: (en, fr) = ("Meetings of", "Réunions de")
        case .allMeetings: (en, fr) = ("all meetings", "toutes les réunions")
        case .bodyMeetings: (en, fr) = ("Meetings", "Réunions")
        case .noBodyMeetings:
            (en, fr) = ("No meeting of this body recorded.", "Aucune réunion de cet organe enregistrée.")
        case .moreBodyMeetings: (en, fr) = ("Every meeting of this body", "Toutes les réunions de cet organe")
        case .decisions: (en, fr) = ("Decisions", "Décisions")
        case .noDecisions:
            (en, fr) = (
                "No decision was put to this meeting in kpcs.",
                "Aucune décision n'a été soumise à cette réunion dans kpcs."
            )
        }
        return language == .fr ? fr : en
    }
}
