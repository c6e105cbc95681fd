import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The administrator's accounts page: the list with each account's forms (the name and function its certificates
/// print, disable, reset the password) and the form that creates one.
extension AdminPages {
    /// The accounts pages' operations, listed by ``AccountsFeature``.
    static func accountOperations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, AccountsURL.adminAccounts, administrator) { request, context in
                try await accounts(store, request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, AccountsURL.adminAccounts, administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                return try await submit(
                    request, context, fields,
                    field: {
                        [
                            "/password": "account-password", "/role": "account-role",
                            "/authorityId": "account-authority", "/displayName": "account-displayName",
                            "/function": "account-function", "/participantCode": "account-participant",
                            "/organisationCode": "account-organisation", "/email": "account-email",
                        ][$0] ?? "account-username"
                    }
                ) {
                    guard let role = fields["role"].flatMap(Role.init(rawValue:)) else {
                        throw KPCSError.invalid(
                            AccountMessage.roleUnknown(role: fields["role"] ?? ""), pointer: "/role")
                    }
                    _ = try await store.accounts.create(
                        username: fields["username"] ?? "", password: fields["password"] ?? "", role: role,
                        authorityId: fields["authorityId"].flatMap { Int64($0) },
                        profile: AccountProfile(displayName: fields["displayName"], function: fields["function"]),
                        participantCode: fields.filled("participantCode"), organisation: fields.filled("organisation"),
                        email: fields.filled("email"))
                    return AccountsURL.adminAccounts.path(query: [("done", "1")])
                } failed: { errors in
                    try await accounts(store, request: request, context: context, errors: errors, form: fields)
                }
            },
            Operation.page(.post, AccountsURL.adminAccountDisabled(.key), administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                _ = try await store.accounts.setDisabled(
                    username: context.pathParameter("username"), disabled: fields["action"] != "enable",
                    by: try context.principal())
                return WebChrome.redirect(AccountsURL.adminAccounts.path(query: [("done", "1")]))
            },
            Operation.page(.post, AccountsURL.adminAccountProfile(.key), administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                let username = context.pathParameter("username")
                return try await submit(
                    request, context, fields,
                    field: { $0 == "/function" ? "profile-function-\(username)" : "profile-name-\(username)" }
                ) {
                    _ = try await store.accounts.setProfile(
                        username: username,
                        profile: AccountProfile(displayName: fields["displayName"], function: fields["function"]),
                        by: try context.principal())
                    return AccountsURL.adminAccounts.path(query: [("done", "1")])
                } failed: { errors in
                    try await accounts(
                        store, request: request, context: context, errors: errors, form: [:],
                        editing: (username: username, fields: fields))
                }
            },
            Operation.page(.post, AccountsURL.adminAccountEmail(.key), administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                let username = context.pathParameter("username")
                return try await submit(request, context, fields, field: { _ in "email-\(username)" }) {
                    _ = try await store.accounts.setEmail(
                        username: username, email: fields["email"], by: try context.principal())
                    return AccountsURL.adminAccounts.path(query: [("done", "1")])
                } failed: { errors in
                    try await accounts(
                        store, request: request, context: context, errors: errors, form: [:],
                        editing: (username: username, fields: fields))
                }
            },
            Operation.page(.post, AccountsURL.adminAccountPassword(.key), administrator) { request, context in
                let fields = try await WebForm.read(request, context)
                return try await submit(
                    request, context, fields, field: { _ in "reset-password-\(context.pathParameter("username"))" }
                ) {
                    try await store.accounts.resetPassword(
                        username: context.pathParameter("username"), password: fields["password"] ?? "")
                    return AccountsURL.adminAccounts.path(query: [("done", "1")])
                } failed: { errors in
                    try await accounts(store, request: request, context: context, errors: errors, form: fields)
                }
            },
        ]
    }

    /// The page; `editing` is a refused profile form, shown again as typed in its account's row.
    static func accounts(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String], editing: (username: String, fields: [String: String])? = nil
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        let authorities = try await store.registry.authorities()
        let organisations = try await store.governance.observerOrganisations()
        let authorityNames = Dictionary(authorities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var html: HTML =
            "<h1>\(chrome.t(AdminText.accountsTitle))</h1>" + done(request, chrome)
            + errors.summary(chrome, labels: [:])
        html += """
            <div class="scroll" tabindex="0"><table id="accounts"><thead><tr><th\
             scope="col">\(chrome.t(WebText.username))</th><th\
             scope="col">\(chrome.t(AdminText.role))</th>
            <th scope="col">\(chrome.t(AdminText.authority))</th><th\
             scope="col">\(chrome.t(AdminText.nameAndFunction))</th><th\
             scope="col">\(chrome.t(AdminText.email))</th><th scope="col">\(chrome.t(WebText.status))</th><th\
             scope="col">\(chrome.t(CompanyText.action))</th>
            <th scope="col">\(chrome.t(AdminText.resetPassword))</th></tr></thead><tbody>
            """
        let all = try await store.accounts.list()
        let pageNumber = max(1, (try? request.intQuery("page")).flatMap { $0 } ?? 1)
        for account in all.dropFirst((pageNumber - 1) * accountsPerPage).prefix(accountsPerPage) {
            let name = account.username
            html +=
                """
                <tr><td>\(name)</td><td>\(AdminText.role(account.role, language))</td><td>\
                \(account.authorityId.flatMap { authorityNames[$0] } ?? "")</td>
                """
            html += profileCell(account, chrome: chrome, errors: errors, editing: editing)
            html += emailCell(account, chrome: chrome, errors: errors, editing: editing)
            html += "<td>\(chrome.t(account.disabled ? AdminText.disabled : AdminText.enabled))</td>"
            html +=
                """
                <td><form method="post" action="\(AccountsURL.adminAccountDisabled(.value(account.username)))"\
                 class="inline">\(chrome.csrfField)<input type="hidden" name="action"\
                 value="\(account.disabled ? "enable" : "disable")">
                """
            html +=
                """
                <button\
                 type="submit">\(chrome.t(account.disabled ? AdminText.enable : AdminText.disable))</button></form></td>
                """
            let field = "reset-password-\(name)"
            html +=
                """
                <td><form method="post" action="\(AccountsURL.adminAccountPassword(.value(account.username)))"\
                 class="inline">\(chrome.csrfField)
                """
            html +=
                """
                <input type="password" id="\(field)" name="password" size="14" autocomplete="new-password"\
                 aria-label="\(AdminText.newPasswordFor.text(language)) \(name)"\(errors.attributes(field))>
                """
            html +=
                """
                 <button type="submit">\(chrome.t(AdminText.reset))</button></form>\(errors.message(field))</td></tr>
                """
        }
        func option(_ value: String, _ text: String, _ field: String) -> HTML {
            WebParts.option(value, text, selected: form[field] == value)
        }
        html +=
            "</tbody></table></div>"
            + WebParts.pager(
                page: pageNumber, perPage: accountsPerPage, total: Int64(all.count), path: AccountsURL.adminAccounts,
                query: [], chrome: chrome)
        html += """
            <h2 id="account-title">\(chrome.t(AdminText.createAccount))</h2>
            <form method="post" action="\(AccountsURL.adminAccounts)" id="account-form"\
             aria-labelledby="account-title">\(chrome.csrfField)
            <p><label for="account-username">\(chrome.t(WebText.username))</label><br><input id="account-username"\
             name="username" size="24"\
             value="\(form["username"] ?? "")"\(errors.attributes("account-username"))>\
            \(errors.message("account-username"))</p>
            <p><label for="account-password">\(chrome.t(WebText.password))</label><br><input id="account-password"\
             name="password" type="password" size="24"\
             autocomplete="new-password"\(errors.attributes("account-password"))>\(errors.message("account-password"))\
            </p>
            <p><label for="account-role">\(chrome.t(AdminText.role))</label><br><select id="account-role"\
             name="role"\(errors.attributes("account-role"))>
            \(Role.allCases.map { option($0.rawValue, AdminText.role($0, language), "role") }.joined())</select>\
            \(errors.message("account-role"))</p>
            <p><label for="account-authority">\(chrome.t(AdminText.authority))</label> <span\
             class="hint">(\(chrome.t(AdminText.authorityHint)))</span><br><select id="account-authority"\
             name="authorityId"\(errors.attributes("account-authority"))>
            <option\
             value="">—</option>\(authorities.map { option(String($0.id), $0.name, "authorityId") }.joined())</select>\
            \(errors.message("account-authority"))</p>
            <p><label for="account-participant">\(chrome.t(AdminText.delegateOf))</label> <span\
             class="hint">(\(chrome.t(AdminText.delegateHint)))</span><br><input id="account-participant"\
             name="participantCode" size="4" value="\(form["participantCode"] ?? "")"\
            \(errors.attributes("account-participant"))>\(errors.message("account-participant"))</p>
            <p><label for="account-organisation">\(chrome.t(AdminText.organisation))</label> <span\
             class="hint">(\(chrome.t(AdminText.organisationHint)))</span><br><select id="account-organisation"\
             name="organisation"\(errors.attributes("account-organisation"))>
            <option value="">—</option>\(organisations.map { option($0.code, $0.name, "organisation") }.joined())\
            </select>\(errors.message("account-organisation"))</p>
            <p><label for="account-displayName">\(chrome.t(AdminText.displayName))</label> <span\
             class="hint">(\(chrome.t(AdminText.profileHint)))</span><br><input id="account-displayName"\
             name="displayName" size="32"\
             value="\(form["displayName"] ?? "")"\(errors.attributes("account-displayName"))>\
            \(errors.message("account-displayName"))</p>
            <p><label for="account-function">\(chrome.t(AdminText.function))</label><br><input id="account-function"\
             name="function" size="48"\
             value="\(form["function"] ?? "")"\(errors.attributes("account-function"))>\
            \(errors.message("account-function"))</p>
            <p><label for="account-email">\(chrome.t(AdminText.email))</label> <span\
             class="hint">(\(chrome.t(AdminText.emailHint)))</span><br><input id="account-email" name="email"\
             type="email" size="32" value="\(form["email"] ?? "")"\(errors.attributes("account-email"))>\
            \(errors.message("account-email"))</p>
            <p><button type="submit">\(chrome.t(AdminText.create))</button></p></form>
            """
        return chrome.page(
            AdminText.accountsTitle.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The form of the name and function an account's certificates print: as stored, or as a refused form typed them.
    static func profileCell(
        _ account: Account, chrome: WebChrome, errors: WebParts.FieldErrors,
        editing: (username: String, fields: [String: String])?
    ) -> HTML {
        let name = account.username
        // A refused e-mail form (it always sends `email`) is not this form.
        let typed = editing?.username == name && editing?.fields["email"] == nil ? editing?.fields : nil
        let displayName = typed.map { $0["displayName"] ?? "" } ?? account.profile.displayName ?? ""
        let function = typed.map { $0["function"] ?? "" } ?? account.profile.function ?? ""
        let nameField = "profile-name-\(name)"
        let functionField = "profile-function-\(name)"
        let language = chrome.language
        return """
            <td><form method="post" action="\(AccountsURL.adminAccountProfile(.value(name)))"\
             class="inline">\(chrome.csrfField)<input id="\(nameField)" name="displayName" size="16"\
             value="\(displayName)" aria-label="\(AdminText.displayName.text(language)) — \(name)"\
            \(errors.attributes(nameField))> <input id="\(functionField)" name="function" size="22"\
             value="\(function)" aria-label="\(AdminText.function.text(language)) — \(name)"\
            \(errors.attributes(functionField))> <button type="submit">\(chrome.t(AdminText.save))</button></form>\
            \(errors.message(nameField))\(errors.message(functionField))</td>
            """
    }

    /// The form of the address an account's notifications are e-mailed to: as stored, or as a refused form typed it.
    static func emailCell(
        _ account: Account, chrome: WebChrome, errors: WebParts.FieldErrors,
        editing: (username: String, fields: [String: String])?
    ) -> HTML {
        let name = account.username
        let typed = editing?.username == name ? editing?.fields["email"] : nil
        let field = "email-\(name)"
        return """
            <td><form method="post" action="\(AccountsURL.adminAccountEmail(.value(name)))" class="inline">\
            \(chrome.csrfField)<input id="\(field)" name="email" type="email" size="22"\
             value="\(typed ?? account.email ?? "")" aria-label="\(AdminText.email.text(chrome.language)) — \(name)"\
            \(errors.attributes(field))> <button type="submit">\(chrome.t(AdminText.save))</button></form>\
            \(errors.message(field))</td>
            """
    }
}
