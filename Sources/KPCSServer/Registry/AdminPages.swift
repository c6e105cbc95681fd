import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The administrator's pages: participants and their status, authorities, and the settings in force (the accounts
/// pages are in `Accounts/AdminAccountPages.swift`). Each form calls the same store function as the API.
enum AdminPages {
    static let administrator = Access.roles([.administrator])
    static let accountsPerPage = 50

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, RegistryURL.admin, administrator) { request, context in
                let chrome = WebChrome(request, context)
                let links: [(String, AdminText)] = [
                    (RegistryURL.adminParticipants.path, .participantsTitle),
                    (RegistryURL.adminAuthorities.path, .authoritiesTitle),
                    (AccountsURL.adminAccounts.path, .accountsTitle),
                    (RegistryURL.adminSettings.path, .settingsTitle),
                    (NotificationsURL.adminMail.path, .mailTitle),
                ]
                let html: HTML =
                    "<h1>\(chrome.t(AdminText.title))</h1><ul>"
                    + links.map { (path, text) -> HTML in "<li><a href=\"\(path)\">\(chrome.t(text))</a></li>" }
                    .joined() + "</ul>"
                return chrome.page(AdminText.title.text(chrome.language), body: html, request: request)
            },
            Operation.page(.get, RegistryURL.adminParticipants, administrator) { request, context in
                try await participants(store, request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, RegistryURL.adminParticipants, administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                return try await submit(
                    request, context, fields,
                    field: {
                        $0 == "/reason" ? "status-reason" : $0 == "/effectiveOn" ? "status-effectiveOn" : "status-code"
                    }
                ) {
                    guard let status = fields["status"].flatMap(ParticipantStatus.init(rawValue:)) else {
                        throw KPCSError.invalid(RequestMessage.fieldRequired(field: "status"), pointer: "/status")
                    }
                    _ = try await store.registry.changeParticipantStatus(
                        fields["code"] ?? "", to: status, reason: fields["reason"],
                        effectiveOn: fields.filled("effectiveOn"), by: try context.principal())
                    return RegistryURL.adminParticipants.path(query: [("done", "1")])
                } failed: { errors in
                    try await participants(store, request: request, context: context, errors: errors, form: fields)
                }
            },
            Operation.page(.get, RegistryURL.adminAuthorities, administrator) { request, context in
                try await authorities(store, request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, RegistryURL.adminAuthorities, administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                return try await submit(
                    request, context, fields,
                    field: {
                        [
                            "/name": "authority-name", "/memberState": "authority-memberState",
                            "/canExport": "authority-export",
                        ][$0] ?? "authority-participant"
                    }
                ) {
                    _ = try await store.registry.createAuthority(
                        AuthorityDraft(
                            participantCode: fields["participantCode"],
                            memberState: fields.filled("memberState")?.uppercased(),
                            name: fields["name"], canExport: fields["canExport"] == "on",
                            canImport: fields["canImport"] == "on"),
                        by: try context.principal())
                    return RegistryURL.adminAuthorities.path(query: [("done", "1")])
                } failed: { errors in
                    try await authorities(store, request: request, context: context, errors: errors, form: fields)
                }
            },
            Operation.page(.get, RegistryURL.adminSettings, administrator) { request, context in
                let chrome = WebChrome(request, context)
                let configuration = store.configuration
                let language = chrome.language
                let rows: [(AdminText, String)] = [
                    (.publicURL, context.publicURL),
                    (.validityDefault, Quantity.whole(Int64(configuration.validity.defaultDays), language)),
                    (.validityMaximum, Quantity.whole(Int64(configuration.validity.maximumDays), language)),
                    (.tokenLifetime, Quantity.whole(Int64(configuration.tokenLifetime / 60), language)),
                    (.failedLogins, String(configuration.maximumFailedLogins)),
                    (.lockout, Quantity.whole(Int64(configuration.lockoutDuration / 60), language)),
                    (.listLifetime, Quantity.whole(Int64(configuration.listLifetime / 3600), language)),
                    (.logOrigin, configuration.logOrigin),
                    (.witnesses, String(configuration.logWitnesses.count)),
                    (.mailTitle, (configuration.mailDelivery ? AdminText.enabled : AdminText.disabled).text(language)),
                ]
                let html: HTML =
                    "<h1>\(chrome.t(AdminText.settingsTitle))</h1><p>\(chrome.t(AdminText.settingsIntro))</p><table>"
                    + rows.map { (label, value) -> HTML in
                        "<tr><th scope=\"row\">\(chrome.t(label))</th><td>\(value)</td></tr>"
                    }.joined() + "</table>"
                return chrome.page(AdminText.settingsTitle.text(language), body: html, request: request)
            },
        ]
    }

    /// Runs a form's operation and redirects to where it says; a refusal of the input shows the page again with the
    /// messages beside the fields.
    static func submit(
        _ request: Request, _ context: KPCSRequestContext, _ fields: [String: String], field: (String) -> String,
        _ operation: () async throws -> String, failed: (WebParts.FieldErrors) async throws -> Response
    ) async throws -> Response {
        do {
            return WebChrome.redirect(try await operation())
        } catch let error as KPCSError where error.kind == .invalid || error.kind == .conflict {
            var errors = WebParts.FieldErrors()
            errors.add(error, language: WebLanguage.resolve(request, context: context), field: field)
            return try await failed(errors)
        }
    }

    static func done(_ request: Request, _ chrome: WebChrome) -> HTML {
        request.query("done") == nil
            ? "" : "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(AdminText.saved))</p>"
    }

    static func participants(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let all = try await store.registry.participants().filter { !$0.isMemberState }.sorted {
            $0.name(in: language) < $1.name(in: language)
        }
        func option(_ value: String, _ text: String, _ field: String) -> HTML {
            WebParts.option(value, text, selected: form[field] == value)
        }
        var html: HTML = "<h1>\(chrome.t(AdminText.participantsTitle))</h1>" + done(request, chrome)
        html += """
            <h2 id="status-title">\(chrome.t(AdminText.changeStatus))</h2>\(errors.summary(chrome, labels: [:]))
            <form method="post" action="\(RegistryURL.adminParticipants)" id="status-form"\
             aria-labelledby="status-title">\(chrome.csrfField)
            <p><label for="status-code">\(chrome.t(AdminText.participant))</label> <select id="status-code"\
             name="code"\(errors.attributes("status-code"))>
            \(all.map { option($0.code, "\($0.name(in: language)) (\($0.code))", "code") }.joined())</select>
            <label for="status-status">\(chrome.t(WebText.status))</label> <select id="status-status" name="status">
            \(ParticipantStatus.allCases.map { option($0.rawValue, $0.label(in: language), "status") }.joined())\
            </select>\(errors.message("status-code"))</p>
            <p><label for="status-effectiveOn">\(chrome.t(WebText.effectiveOn))</label> <span\
             class="hint">(\(chrome.t(CertificateText.dateHint)), \(chrome.t(CertificateText.optional)))</span><br>
            <input id="status-effectiveOn" name="effectiveOn" size="10"\
             value="\(form["effectiveOn"] ?? "")"\(errors.attributes("status-effectiveOn"))>\
            \(errors.message("status-effectiveOn"))</p>
            <p><label for="status-reason">\(chrome.t(WebText.reason))</label><br><textarea id="status-reason"\
             name="reason"\
             rows="2"\(errors.attributes("status-reason"))>\(form["reason"] ?? "")</textarea>\
            \(errors.message("status-reason"))</p>
            <p><button type="submit">\(chrome.t(AdminText.save))</button></p></form>
            <div class="scroll" tabindex="0"><table id="participants"><thead><tr><th\
             scope="col">\(chrome.t(WebText.name))</th><th\
             scope="col">\(chrome.t(WebText.code))</th>
            <th scope="col">\(chrome.t(WebText.status))</th><th\
             scope="col">\(chrome.t(WebText.region))</th></tr></thead><tbody>
            """
        for participant in all {
            html +=
                """
                <tr><td><a href="\(RegistryURL.participant(.value(participant.code)))">\
                \(participant.name(in: language))</a></td><td>\(participant.code)</td>
                """
            html +=
                """
                <td>\(participant.status.label(in: language))</td><td>\(WebText.region(participant.region, language))\
                </td></tr>
                """
        }
        html += "</tbody></table></div>"
        return chrome.page(
            AdminText.participantsTitle.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func authorities(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let participants = try await store.registry.participants().filter { !$0.isMemberState }.sorted {
            $0.name(in: language) < $1.name(in: language)
        }
        let names = Dictionary(
            participants.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        var html: HTML = "<h1>\(chrome.t(AdminText.authoritiesTitle))</h1>" + done(request, chrome)
        html += """
            <div class="scroll" tabindex="0"><table id="authorities"><thead><tr><th\
             scope="col">\(chrome.t(AdminText.id))</th><th\
             scope="col">\(chrome.t(WebText.name))</th>
            <th scope="col">\(chrome.t(AdminText.participant))</th><th\
             scope="col">\(chrome.t(WebText.memberState))</th><th scope="col">\(chrome.t(WebText.canExport))</th>
            <th scope="col">\(chrome.t(WebText.canImport))</th></tr></thead><tbody>
            """
        for authority in try await store.registry.authorities() {
            html +=
                """
                <tr><td>\(authority.id)</td><td>\(authority.name)</td><td>\
                \(names[authority.participantCode] ?? authority.participantCode)</td>
                """
            html +=
                """
                <td>\(authority.memberState ?? "")</td><td>\(chrome.t(authority.canExport ? WebText.yes : WebText.no))\
                </td><td>\(chrome.t(authority.canImport ? WebText.yes : WebText.no))</td></tr>
                """
        }
        let checked = { (name: String) in form[name] == "on" ? " checked" : "" }
        html += """
            </tbody></table></div><h2\
             id="authority-title">\(chrome.t(AdminText.createAuthority))</h2>\(errors.summary(chrome, labels: [:]))
            <form method="post" action="\(RegistryURL.adminAuthorities)" id="authority-form"\
             aria-labelledby="authority-title">\(chrome.csrfField)
            <p><label for="authority-participant">\(chrome.t(AdminText.participant))</label><br><select\
             id="authority-participant" name="participantCode"\(errors.attributes("authority-participant"))>
            \(participants.map {
                WebParts.option(
                    $0.code, "\($0.name(in: language)) (\($0.code))", selected: form["participantCode"] == $0.code)
            }.joined())</select>\(errors.message("authority-participant"))</p>
            <p><label for="authority-name">\(chrome.t(WebText.name))</label><br><input id="authority-name" name="name"\
             size="40"\
             value="\(form["name"] ?? "")"\(errors.attributes("authority-name"))>\(errors.message("authority-name"))</p>
            <p><label for="authority-memberState">\(chrome.t(WebText.memberState))</label> <span\
             class="hint">(\(chrome.t(AdminText.memberStateHint)))</span><br><input id="authority-memberState"\
             name="memberState" size="4"\
             value="\(form["memberState"] ?? "")"\(errors.attributes("authority-memberState"))>\
            \(errors.message("authority-memberState"))</p>
            <fieldset><legend>\(chrome.t(CompanyText.rights))</legend><p><input type="checkbox" id="authority-export"\
             name="canExport"\(checked("canExport"))\(errors.attributes("authority-export"))> <label\
             for="authority-export">\(chrome.t(AdminText.mayIssue))</label>
            <input type="checkbox" id="authority-import" name="canImport"\(checked("canImport"))> <label\
             for="authority-import">\(chrome.t(AdminText.mayConfirm))</label></p>\(errors.message("authority-export"))\
            </fieldset>
            <p><button type="submit">\(chrome.t(AdminText.create))</button></p></form>
            """
        return chrome.page(
            AdminText.authoritiesTitle.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
