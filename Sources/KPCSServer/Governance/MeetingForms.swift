import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The forms that record a meeting from the site: on `/meetings`, a new meeting with its agenda; on `/meetings/{id}`,
/// who was present and a Plenary's communiqué. They call what `POST /api/v1/meetings`,
/// `PUT /api/v1/meetings/{id}/attendance` and `PUT /api/v1/meetings/{id}/communique` call, and are shown to those
/// the rules let record (an administrator, a delegate of the year's Chair, or of a body's chair for its meetings);
/// a refusal shows the page again with each message beside its field.
enum MeetingForms {
    static func operations(_ store: Store) -> [Operation] {
        let recorders = Access.roles([.administrator, .delegate])
        return [
            Operation.page(.post, GovernanceURL.meetings, recorders) { request, context in
                let fields = try await WebForm.read(request, context)
                let draft = MeetingDraft(
                    kind: fields.filled("kind"), body: fields.filled("body"), titleEn: fields.filled("titleEn"),
                    titleFr: fields.filled("titleFr"), startsOn: fields.filled("startsOn"),
                    endsOn: fields.filled("endsOn"), format: fields.filled("format"), place: fields.filled("place"),
                    agenda: agenda(fields["agenda"] ?? ""))
                var errors = WebParts.FieldErrors()
                do {
                    let meeting = try await store.governance.recordMeeting(draft, by: try context.principal())
                    return WebChrome.redirect(
                        GovernanceURL.meeting(.value(String(meeting.id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    errors.add(error, language: WebLanguage.resolve(request, context: context)) {
                        recordField($0)
                    }
                }
                return try await MeetingPages.listPage(
                    store, request: request, context: context, errors: errors, form: fields)
            },
            Operation.page(.post, GovernanceURL.meetingAttendance(.key), recorders) { request, context in
                let id = try MeetingAPI.meetingId(context)
                let fields = try await WebForm.read(request, context)
                let draft = AttendanceDraft(
                    participants: checked(fields, prefix: "p-"), organisations: checked(fields, prefix: "o-"),
                    guests: guests(fields["guests"] ?? ""))
                return try await submit(store, id: id, request: request, context: context, form: fields) {
                    _ = try await store.governance.setAttendance(id, draft, by: $0)
                }
            },
            Operation.page(.post, GovernanceURL.meetingCommunique(.key), recorders) { request, context in
                let id = try MeetingAPI.meetingId(context)
                let fields = try await WebForm.read(request, context)
                let draft =
                    fields["none"] != nil
                    ? CommuniqueDraft(none: true)
                    : CommuniqueDraft(textEn: fields.filled("textEn"), textFr: fields.filled("textFr"))
                return try await submit(store, id: id, request: request, context: context, form: fields) {
                    _ = try await store.governance.setCommunique(id, draft, by: $0)
                }
            },
        ]
    }

    /// A form post on a meeting's page: back to it on success; a refusal beside the form's fields.
    static func submit(
        _ store: Store, id: Int64, request: Request, context: KPCSRequestContext, form: [String: String],
        write: (Principal) async throws -> Void
    ) async throws -> Response {
        var errors = WebParts.FieldErrors()
        do {
            try await write(try context.principal())
            return WebChrome.redirect(GovernanceURL.meeting(.value(String(id))).path(query: [("saved", "1")]))
        } catch let error as KPCSError where error.isShownOnForm {
            errors.add(error, language: WebLanguage.resolve(request, context: context)) { detailField($0) }
        }
        return try await MeetingPages.detailPage(
            store, id: id, request: request, context: context, errors: errors, form: form)
    }

    /// The agenda typed one item a line, `English | Français`; blank lines are skipped, and a line without a French
    /// title leaves it missing, which the rules name.
    static func agenda(_ text: String) -> [AgendaItemDraft] {
        pipedLines(text).compactMap { english, french in
            english.isEmpty && french == nil ? nil : AgendaItemDraft(titleEn: english, titleFr: french)
        }
    }

    /// The guests typed one a line, `Name | affiliation`.
    static func guests(_ text: String) -> [GuestDraft] {
        pipedLines(text).compactMap { name, affiliation in
            name.isEmpty ? nil : GuestDraft(name: name, affiliation: affiliation?.isEmpty == true ? nil : affiliation)
        }
    }

    /// Each line of a text area cut at its first `|` (an empty side left out, as `split` does), both sides trimmed;
    /// the second is nil when there is none.
    static func pipedLines(_ text: String) -> [(String, String?)] {
        text.split(whereSeparator: \.isNewline).map { line in
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts.first ?? "", parts.count > 1 ? parts[1] : nil)
        }
    }

    /// The codes of the boxes ticked, named `{prefix}{code}`, in code order.
    static func checked(_ fields: [String: String], prefix: String) -> [String] {
        fields.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    static func recordField(_ pointer: String) -> String {
        if pointer.hasPrefix("/agenda") { return "meeting-agenda" }
        switch pointer {
        case "/kind", "/body", "/titleEn", "/titleFr", "/startsOn", "/endsOn", "/format", "/place":
            return "meeting-\(pointer.dropFirst())"
        default: return "meeting"
        }
    }

    static func detailField(_ pointer: String) -> String {
        if pointer.hasPrefix("/participants") { return "attendance-participants" }
        if pointer.hasPrefix("/organisations") { return "attendance-organisations" }
        if pointer.hasPrefix("/guests") { return "attendance-guests" }
        switch pointer {
        case "/textEn", "/textFr": return "communique-\(pointer.dropFirst())"
        case "": return "meeting-forms"
        default: return "communique"
        }
    }
}
