import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/companies`: the register of licensed companies of the officer's participant, to register one, suspend one
/// (with a reason) or lift its suspension.
enum CompanyPages {
    static let perPage = 50

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, RegistryURL.companies, .roles([.officer])) { request, context in
                try await page(store, request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, RegistryURL.companies, .roles([.officer])) { request, context in
                let fields = try await WebForm.read(request, context)
                let draft = CompanyDraft(
                    name: fields["name"], licenceNumber: fields["licenceNumber"], address: fields["address"],
                    canExport: fields["canExport"] == "on",
                    canImport: fields["canImport"] == "on")
                do {
                    try PrintableText.check(draft)
                    let company = try await store.registry.registerCompany(draft, by: try context.principal())
                    return WebChrome.redirect(RegistryURL.companies.path(query: [("registered", String(company.id))]))
                } catch let error as KPCSError where error.kind == .invalid || error.kind == .conflict {
                    var errors = WebParts.FieldErrors()
                    let language = WebLanguage.resolve(request, context: context)
                    errors.add(error, language: language) { pointer in
                        switch pointer {
                        case "/name": return "company-name"
                        case "/address": return "company-address"
                        case "/canExport", "/canImport": return "company-export"
                        default: return "company-licence"
                        }
                    }
                    return try await page(store, request: request, context: context, errors: errors, form: fields)
                }
            },
            Operation.page(.post, RegistryURL.companySuspension(.key), .roles([.officer])) { request, context in
                let fields = try await WebForm.read(request, context)
                guard let id = Int64(context.pathParameter("id")) else {
                    throw KPCSError.notFound(RegistryMessage.companyUnknown(id: context.pathParameter("id")))
                }
                let suspend = fields["action"] != "lift"
                _ = try await store.registry.setCompanySuspended(
                    id, suspended: suspend, reason: fields.filled("reason"), by: try context.principal())
                return WebChrome.redirect(
                    RegistryURL.companies.path(query: [(suspend ? "suspended" : "lifted", String(id))]))
            },
        ]
    }

    static func page(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let principal = try context.principal()
        let own = principal.participantCode ?? ""
        let language = chrome.language
        let pageNumber = max(1, (try? request.intQuery("page")) ?? 1)
        let result = try await store.registry.companies(
            participant: own, page: try PageRequest(page: pageNumber, perPage: perPage))
        var html: HTML =
            """
            <h1>\(chrome.t(CompanyText.title))</h1><p>\
            \(CompanyText.intro.text(language).replacingOccurrences(of: "{0}", with: own))</p>
            """
        for (key, text) in [
            ("registered", CompanyText.registered), ("suspended", CompanyText.suspendedNotice),
            ("lifted", CompanyText.liftedNotice),
        ]
        where request.query(key) != nil {
            html += "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(chrome.t(text))</p>"
        }
        if result.items.isEmpty {
            html += "<p>\(chrome.t(CompanyText.none))</p>"
        } else {
            html += """
                <div class="scroll" tabindex="0"><table id="companies"><thead><tr><th\
                 scope="col">\(chrome.t(WebText.name))</th><th\
                 scope="col">\(chrome.t(CompanyText.licence))</th><th scope="col">\(chrome.t(CompanyText.address))</th>
                <th scope="col">\(chrome.t(WebText.canExport))</th><th\
                 scope="col">\(chrome.t(WebText.canImport))</th><th scope="col">\(chrome.t(WebText.status))</th>
                <th scope="col">\(chrome.t(CompanyText.action))</th></tr></thead><tbody>
                """
            for company in result.items {
                let status =
                    company.suspended
                    ? CompanyText.suspended.text(language) + (company.suspensionReason.map { " — \($0)" } ?? "")
                    : CompanyText.active.text(language)
                html += "<tr><td>\(company.name)</td><td>\(company.licenceNumber)</td><td>\(addressCell(company))</td>"
                html +=
                    """
                    <td>\(chrome.t(company.canExport ? WebText.yes : WebText.no))</td><td>\
                    \(chrome.t(company.canImport ? WebText.yes : WebText.no))</td>
                    """
                html +=
                    """
                    <td>\(status)</td><td><form method="post"\
                     action="\(RegistryURL.companySuspension(.value(String(company.id))))"\
                     class="inline">\(chrome.csrfField)
                    """
                if company.suspended {
                    html +=
                        """
                        <input type="hidden" name="action" value="lift"><button\
                         type="submit">\(chrome.t(CompanyText.lift))</button>
                        """
                } else {
                    let label = CompanyText.suspendReason.text(language) + " — " + company.name
                    html +=
                        """
                        <input type="hidden" name="action" value="suspend"><input name="reason" size="18" required\
                         aria-label="\(label)"> 
                        """
                    html += "<button type=\"submit\">\(chrome.t(CompanyText.suspend))</button>"
                }
                html += "</form></td></tr>"
            }
            html += "</tbody></table></div>"
            html += WebParts.pager(
                page: result.page, perPage: result.perPage, total: result.total, path: RegistryURL.companies, query: [],
                chrome: chrome)
        }
        let checked = { (name: String) in form[name] == "on" ? " checked" : "" }
        html += """
            <h2 id="register-title">\(chrome.t(CompanyText.registerTitle))</h2>\(errors.summary(chrome, labels: [:]))
            <form method="post" action="\(RegistryURL.companies)" id="company-form"\
             aria-labelledby="register-title">\(chrome.csrfField)
            <p><label for="company-name">\(chrome.t(WebText.name))</label><br><input id="company-name" name="name"\
             size="40"\
             value="\(form["name"] ?? "")"\(errors.attributes("company-name"))>\(errors.message("company-name"))</p>
            <p><label for="company-licence">\(chrome.t(CompanyText.licence))</label><br><input id="company-licence"\
             name="licenceNumber" size="20"\
             value="\(form["licenceNumber"] ?? "")"\(errors.attributes("company-licence"))>\
            \(errors.message("company-licence"))</p>
            <p><label for="company-address">\(chrome.t(CompanyText.address))</label> <span\
             class="hint">(\(chrome.t(CompanyText.addressHint)))</span><br><textarea id="company-address"\
             name="address" rows="4" cols="40"\(errors.attributes("company-address"))>\(form["address"] ?? "")\
            </textarea>\(errors.message("company-address"))</p>
            <fieldset><legend>\(chrome.t(CompanyText.rights))</legend>
            <p><input type="checkbox" id="company-export"\
             name="canExport"\(checked("canExport"))\(errors.attributes("company-export"))> <label\
             for="company-export">\(chrome.t(CompanyText.mayExport))</label>
            <input type="checkbox" id="company-import" name="canImport"\(checked("canImport"))> <label\
             for="company-import">\(chrome.t(CompanyText.mayImport))</label></p>\(errors.message("company-export"))\
            </fieldset>
            <p><button type="submit" id="company-submit">\(chrome.t(CompanyText.registerButton))</button></p></form>
            """
        return chrome.page(
            CompanyText.title.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// A company's address, one line of the cell per line of the address; empty for a company registered before
    /// addresses were kept.
    static func addressCell(_ company: Company) -> HTML {
        guard let address = company.address else { return .empty }
        return address.split(separator: "\n").map { line -> HTML in "\(String(line))" }.joined(separator: "<br>")
    }
}
