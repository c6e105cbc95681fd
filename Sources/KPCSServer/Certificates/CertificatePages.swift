import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The certificate list, each certificate's page, and the importer's confirmation and the exporter's void posted
/// from it. The same store functions and rules as the API decide who may see and do what.
enum CertificatePages {
    static let perPage = 50

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, CertificatesURL.list, .signedIn) { request, context in
                try await list(request, context, store: store)
            },
            Operation.page(.get, CertificatesURL.certificate(.key), .signedIn) { request, context in
                let chrome = WebChrome(request, context)
                let record = try await store.certificates.certificate(
                    context.pathParameter("number"), for: try context.principal())
                return try await page(
                    record, store: store, chrome: chrome, request: request, errors: .init(), form: [:],
                    principal: try context.principal())
            },
            Operation.page(.get, CertificatesURL.pdf(.key), .signedIn) { _, context in
                let record = try await store.certificates.certificate(
                    context.pathParameter("number"), for: try context.principal())
                return try CertificateAPI.pdfResponse(record, publicURL: context.publicURL)
            },
            Operation.page(.post, CertificatesURL.confirm(.key), .roles([.officer])) { request, context in
                let chrome = WebChrome(request, context)
                let fields = try await WebForm.read(request, context)
                let principal = try context.principal()
                let record = try await store.certificates.certificate(context.pathParameter("number"), for: principal)
                var errors = WebParts.FieldErrors()
                let draft = confirmationDraft(
                    fields, certificate: record.certificate, language: chrome.language, errors: &errors)
                if errors.isEmpty {
                    do {
                        let done = try await store.certificates.confirm(record.certificate.number, draft, by: principal)
                        return WebChrome.redirect(
                            CertificatesURL.certificate(.value(done.certificate.number))
                                .path(query: [("done", done.certificate.state.rawValue)]))
                    } catch let error as KPCSError where error.kind == .invalid {
                        errors.add(error, language: chrome.language, field: confirmField)
                    }
                }
                return try await page(
                    record, store: store, chrome: chrome, request: request, errors: errors, form: fields,
                    principal: principal)
            },
            Operation.page(.post, CertificatesURL.void(.key), .roles([.officer])) { request, context in
                let chrome = WebChrome(request, context)
                let fields = try await WebForm.read(request, context)
                let principal = try context.principal()
                let record = try await store.certificates.certificate(context.pathParameter("number"), for: principal)
                var errors = WebParts.FieldErrors()
                do {
                    let done = try await store.certificates.void(
                        record.certificate.number, reason: fields["reason"], by: principal)
                    return WebChrome.redirect(
                        CertificatesURL.certificate(.value(done.certificate.number)).path(query: [("done", "voided")]))
                } catch let error as KPCSError where error.kind == .invalid {
                    errors.add(error, language: chrome.language) { _ in "void-reason" }
                }
                return try await page(
                    record, store: store, chrome: chrome, request: request, errors: errors, form: fields,
                    principal: principal)
            },
        ]
    }

    // MARK: list

    static func list(_ request: Request, _ context: KPCSRequestContext, store: Store) async throws -> Response {
        let chrome = WebChrome(request, context)
        let principal = try context.principal()
        let state = request.query("state").flatMap(CertificateState.init(rawValue:))
        let direction = request.query("direction") ?? "all"
        let own = principal.participantCode
        let from = request.query("issuedFrom").flatMap(CalendarDate.init(iso:))
        let to = request.query("issuedTo").flatMap(CalendarDate.init(iso:))
        let number = try CertificateNumber.searchPrefix(request.query("number"), field: "number")
        let filter = CertificateFilter(
            state: state, exportingParticipant: direction == "outgoing" ? own : nil,
            importingParticipant: direction == "incoming" ? own : nil, issuedFrom: from, issuedTo: to,
            numberPrefix: number)
        let page = try PageRequest(page: max(1, (try? request.intQuery("page")) ?? 1), perPage: perPage)
        let result = try await store.certificates.list(filter, page: page, for: principal)
        var html: HTML = """
            <h1>\(chrome.t(CertificateText.listTitle))</h1>
            <form method="get" action="\(CertificatesURL.list)" class="filters"><input type="hidden" name="lang"\
             value="\(chrome.language.rawValue)">
            <p><label for="number">\(chrome.t(CertificateLabel.certificateNumber))</label> <input id="number"\
             name="number" size="16" maxlength="\(String(CertificateNumber.maximumSearchLength))"\
             placeholder="BW-2026" value="\(number ?? "")">
            <label for="state">\(chrome.t(CertificateText.state))</label> <select id="state"\
             name="state">\(WebParts.option("", CertificateText.anyState.text(chrome.language), selected: state == nil))
            \(CertificateState.allCases.map {
                WebParts.option($0.rawValue, $0.label(in: chrome.language), selected: $0 == state)
            }.joined())</select>
            """
        if principal.role == .officer {
            html += """
                <label for="direction">\(chrome.t(CertificateText.direction))</label> <select id="direction"\
                 name="direction">
                \(WebParts.option(
                    "all", CertificateText.directionAll.text(chrome.language), selected: direction == "all"))\
                \(WebParts.option(
                    "outgoing", CertificateText.directionOutgoing.text(chrome.language),
                    selected: direction == "outgoing"))\
                \(WebParts.option(
                    "incoming", CertificateText.directionIncoming.text(chrome.language),
                    selected: direction == "incoming"))</select>
                """
        }
        html += """
            <label for="issuedFrom">\(chrome.t(CertificateText.issuedFrom))</label> <input id="issuedFrom"\
             name="issuedFrom" size="10" placeholder="YYYY-MM-DD" value="\(from?.description ?? "")">
            <label for="issuedTo">\(chrome.t(CertificateText.issuedTo))</label> <input id="issuedTo" name="issuedTo"\
             size="10" placeholder="YYYY-MM-DD" value="\(to?.description ?? "")">
            <button type="submit" id="filter-submit">\(chrome.t(WebText.filter))</button></p></form>
            """
        let caption = CertificateText.listCaption.text(chrome.language).replacingOccurrences(
            of: "{0}", with: Quantity.whole(result.total, chrome.language))
        html += WebParts.certificateTable(result.items, id: "certificates", caption: caption, chrome: chrome)
        html += WebParts.pager(
            page: result.page, perPage: result.perPage, total: result.total, path: CertificatesURL.list,
            query: [
                ("number", number ?? ""), ("state", state?.rawValue ?? ""), ("direction", direction),
                ("issuedFrom", from?.description ?? ""),
                ("issuedTo", to?.description ?? ""),
            ],
            chrome: chrome)
        return chrome.page(CertificateText.listTitle.text(chrome.language), body: html, request: request)
    }

    // MARK: one certificate

    static func page(
        _ record: CertificateRecord, store: Store, chrome: WebChrome, request: Request, errors: WebParts.FieldErrors,
        form: [String: String], principal: Principal
    ) async throws -> Response {
        let certificate = record.certificate
        let language = chrome.language
        let events = try await store.certificates.events(of: certificate.number, for: principal)
        func row(_ label: some LocalizedText, _ value: String) -> HTML {
            "<tr><th scope=\"row\">\(chrome.t(label))</th><td>\(value)</td></tr>"
        }
        var html: HTML = "<h1>\(chrome.t(CertificateText.certificateTitle)) \(certificate.number)</h1>"
        if let done = request.query("done").flatMap(CertificateState.init(rawValue:)), errors.isEmpty {
            html +=
                "<p id=\"notice\" class=\"verdict ok\" role=\"status\">\(CertificateText.notice(done, language))</p>"
        }
        html += """
            <p id="certificate-state" data-state="\(certificate.state.rawValue)" class="verdict\
             \(certificate.state == .issued || certificate.state == .confirmed ? "ok" : "bad")">\
            \(chrome.t(CertificateText.stateLabel)) <strong>\(certificate.state.label(in: language))</strong></p>
            <table>
            """
        html += row(CertificateLabel.exportingParticipant, WebFormat.participant(record.exportingParticipant, language))
        html += row(CertificateLabel.importingParticipant, WebFormat.participant(record.importingParticipant, language))
        html +=
            row(CertificateLabel.exporter, record.exporter.name) + row(CertificateLabel.importer, record.importer.name)
        html += row(CertificateText.issuingAuthority, record.issuingAuthority.name)
        html += row(CertificateLabel.origin, originText(certificate.origin, language))
        if let zone = certificate.originZone {
            html += "<tr><th scope=\"row\">\(chrome.t(CertificateLabel.originZone))</th><td><a"
            html += " href=\"\(MonitoringURL.zone(.value(zone)))\">\(zone)</a></td></tr>"
        }
        html += row(CertificateLabel.issuedOn, WebFormat.date(certificate.issuedOn, language))
        html += row(CertificateLabel.expiresOn, WebFormat.date(certificate.expiresOn, language))
        if let replaces = certificate.replaces {
            html += row(
                CertificateLabel.replaces,
                "<a href=\"\(CertificatesURL.certificate(.value(replaces)))\">\(replaces)</a>")
        }
        if let replacedBy = certificate.replacedBy {
            html += row(
                CertificateText.replacedBy,
                "<a href=\"\(CertificatesURL.certificate(.value(replacedBy)))\">\(replacedBy)</a>")
        }
        if let reason = certificate.voidReason { html += row(CertificateText.voidReason, reason) }
        html += "</table>" + linesTable(certificate, chrome: chrome)
        if let confirmation = certificate.confirmation {
            html += confirmationSection(confirmation, certificate: certificate, chrome: chrome)
        }
        html +=
            """
            <p><a\
             href="\(CertificatesURL.pdf(.value(certificate.number)))">\(chrome.t(CertificateText.printable))</a></p>
            """
        if let principal = chrome.principal {
            if (try? ConfirmationRules.authorize(principal, certificate: certificate)) != nil {
                html += confirmForm(certificate, chrome: chrome, errors: errors, form: form)
            }
            if (try? VoidRules.authorize(principal, certificate: certificate)) != nil {
                html += voidForm(certificate, chrome: chrome, errors: errors, form: form)
            }
            if certificate.state == .voided, certificate.replacedBy == nil,
                principal.participantCode == certificate.exportingParticipant
            {
                html +=
                    """
                    <p><a id="replace-link" href="\
                    \(CertificatesURL.new.path(query: [("replaces", certificate.number)]))">\
                    \(chrome.t(CertificateText.issueReplacement))</a></p>
                    """
            }
        }
        html += eventsTable(events, certificate: certificate, chrome: chrome)
        return chrome.page(
            "\(CertificateText.certificateTitle.text(language)) \(certificate.number)", body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// `BW`, or `Mixed: BW, ZA` (ISO 3166 codes, as on the paper certificate).
    static func originText(_ origin: Origin, _ language: Language) -> String {
        switch origin {
        case .single(let country): return country
        case .mixed(let countries):
            return CertificateText.mixedOrigin.text(language) + (language == .fr ? " : " : ": ")
                + countries.joined(separator: ", ")
        }
    }

    static func linesTable(_ certificate: Certificate, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <h2>\(chrome.t(CertificateText.linesTitle))</h2><table id="lines"><thead><tr><th\
             scope="col">\(chrome.t(CertificateLabel.hsCode))</th>
            <th scope="col">\(chrome.t(CertificateText.caratsColumn))</th><th\
             scope="col">\(chrome.t(CertificateText.usdColumn))</th><th\
             scope="col">\(chrome.t(CertificateLabel.parcels))</th></tr></thead><tbody>
            """
        for line in certificate.lines {
            html +=
                "<tr><td>\(line.hsCode.rawValue)</td>"
                + WebFormat.numberCell(Quantity.carats(line.caratsX100, language))
                + WebFormat.numberCell(Quantity.dollars(line.valueUsdCents, language))
                + WebFormat.numberCell(Quantity.whole(line.parcels, language)) + "</tr>"
        }
        let totals = certificate.totals
        html +=
            "<tr class=\"total\"><th scope=\"row\">\(chrome.t(CertificateLabel.total))</th>"
            + WebFormat.numberCell(Quantity.carats(totals.caratsX100, language))
            + WebFormat.numberCell(Quantity.dollars(totals.valueUsdCents, language))
            + WebFormat.numberCell(Quantity.whole(totals.parcels, language))
        return html + "</tr></tbody></table>"
    }

    static func confirmationSection(_ confirmation: Confirmation, certificate: Certificate, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = "<h2>\(chrome.t(CertificateText.confirmationTitle))</h2><table>"
        html +=
            """
            <tr><th scope="row">\(chrome.t(CertificateText.outcome))</th><td>\
            \(confirmation.outcome.label(in: language))</td></tr>
            """
        if let receivedOn = confirmation.receivedOn {
            html +=
                """
                <tr><th scope="row">\(chrome.t(CertificateText.receivedOn))</th><td>\
                \(WebFormat.date(receivedOn, language))</td></tr>
                """
        }
        if let reason = confirmation.reason {
            html += "<tr><th scope=\"row\">\(chrome.t(WebText.reason))</th><td>\(reason)</td></tr>"
        }
        html +=
            """
            <tr><th scope="row">\(chrome.t(CertificateText.recordedAt))</th><td>\
            \(WebFormat.instant(confirmation.recordedAt, language))</td></tr></table>
            """
        return html + differencesTable(confirmation.differences, chrome: chrome)
    }
}
