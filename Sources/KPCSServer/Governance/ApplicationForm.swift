import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The form of `/applications` that records an application (what `POST /api/v1/applications` calls): for an
/// administrator (any candidate, from a letter received) and for a delegate of a candidate (its own). Up to three
/// contacts; a refusal shows the list again with the messages beside the fields.
enum ApplicationForm {
    static let contactRows = 3

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.post, GovernanceURL.applications, .roles([.administrator, .delegate])) {
                request, context in
                let fields = try await WebForm.read(request, context)
                let contacts = (0..<contactRows).compactMap { index -> ContactDraft? in
                    let contact = ContactDraft(
                        name: fields.filled("contact\(index)Name"), function: fields.filled("contact\(index)Function"),
                        email: fields.filled("contact\(index)Email"))
                    return contact == ContactDraft() ? nil : contact
                }
                let draft = ApplicationDraft(
                    candidate: fields.filled("candidate"), letterEn: fields.filled("letterEn"),
                    letterFr: fields.filled("letterFr"), contacts: contacts)
                var errors = WebParts.FieldErrors()
                do {
                    let summary = try await store.governance.submitApplication(draft, by: try context.principal())
                    return WebChrome.redirect(
                        GovernanceURL.application(.value(String(summary.application.id))).path(query: [("saved", "1")]))
                } catch let error as KPCSError where error.isShownOnForm {
                    let language = WebLanguage.resolve(request, context: context)
                    errors.add(error, language: language) { field($0) }
                }
                return try await ApplicationPages.listPage(
                    store, request: request, context: context, errors: errors, form: fields)
            }
        ]
    }

    /// The form field a refusal's pointer names: `/contacts/1/email` is the second row's e-mail.
    static func field(_ pointer: String) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        if parts.count == 3, parts[0] == "contacts", let index = Int(parts[1]), (0..<contactRows).contains(index) {
            return "app-contact\(index)\(parts[2].prefix(1).uppercased())\(parts[2].dropFirst())"
        }
        switch pointer {
        case "/candidate", "/letterEn", "/letterFr", "/contacts": return "app-\(pointer.dropFirst())"
        default: return "app-candidate"
        }
    }

    /// The form, for an administrator or a delegate of a participant whose status is `candidate`.
    static func html(
        _ store: Store, errors: WebParts.FieldErrors, form: [String: String], chrome: WebChrome
    )
        async throws -> HTML
    {
        guard let principal = chrome.principal, chrome.csrf != nil else { return "" }
        var candidate = form["candidate"] ?? ""
        if principal.role == .delegate {
            guard let own = principal.delegation, try await store.registry.participant(own)?.status == .candidate
            else { return "" }
            candidate = own
        } else if principal.role != .administrator {
            return ""
        }
        func input(_ name: String, _ label: ApplicationText, size: Int, value: String? = nil) -> HTML {
            let id = "app-\(name)"
            return """
                <label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" size="\(size)"\
                 value="\(value ?? form[name] ?? "")"\(errors.attributes(id))>\(errors.message(id))
                """
        }
        func letter(_ name: String, _ label: ApplicationText) -> HTML {
            let id = "app-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label><br><textarea id="\(id)" name="\(name)" rows="6"\
                 cols="70"\(errors.attributes(id))>\(form[name] ?? "")</textarea>\(errors.message(id))</p>
                """
        }
        var rows: HTML = ""
        for index in 0..<contactRows {
            rows += """
                <p>\(input("contact\(index)Name", .contactName, size: 24))\
                 \(input("contact\(index)Function", .contactFunction, size: 20))\
                 \(input("contact\(index)Email", .contactEmail, size: 24))</p>
                """
        }
        return """
            <section aria-labelledby="apply-title"><h2 id="apply-title">\(chrome.t(ApplicationText.applyTitle))</h2>
            <form method="post" action="\(GovernanceURL.applications)" id="application-form">\(chrome.csrfField)
            <p class="hint">\(chrome.t(ApplicationText.applyHint))</p>
            <p>\(input("candidate", .candidateCode, size: 4, value: candidate))</p>
            \(letter("letterEn", .letterEn))\(letter("letterFr", .letterFr))
            <fieldset id="app-contacts"\(errors.attributes("app-contacts"))><legend>\
            \(chrome.t(ApplicationText.contacts))</legend>\(errors.message("app-contacts"))\(rows)</fieldset>
            <p><button type="submit" id="application-submit">\(chrome.t(ApplicationText.applyButton))</button></p>\
            </form></section>
            """
    }
}
