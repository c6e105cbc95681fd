import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// The new-certificate form: participants, companies, origin (single or mixed) and up to three lines; a dry-run
/// check; every error beside its field. It builds the API's draft and calls the same store functions.
enum CertificateFormPages {
    static let lineRows = HSCode.allCases.count

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, CertificatesURL.new, .roles([.officer])) { request, context in
                let chrome = WebChrome(request, context)
                let principal = try context.principal()
                var fields: [String: String] = [:]
                if let replaces = request.query("replaces") {
                    fields = prefill(
                        from: try await store.certificates.certificate(replaces, for: principal),
                        language: chrome.language)
                }
                return try await form(
                    store, principal: principal, chrome: chrome, request: request, fields: fields, errors: .init(),
                    checked: false)
            },
            Operation.page(.post, CertificatesURL.new, .roles([.officer])) { request, context in
                let chrome = WebChrome(request, context)
                let fields = try await WebForm.read(request, context)
                let principal = try context.principal()
                var errors = WebParts.FieldErrors()
                let (draft, rows) = self.draft(fields, language: chrome.language, errors: &errors)
                do {
                    if fields["action"] == "check" {
                        _ = try await store.certificates.validate(draft, by: principal)
                        if errors.isEmpty {
                            return try await form(
                                store, principal: principal, chrome: chrome, request: request, fields: fields,
                                errors: errors, checked: true)
                        }
                    } else if errors.isEmpty {
                        let record = try await store.certificates.issue(draft, by: principal)
                        return WebChrome.redirect(
                            CertificatesURL.certificate(.value(record.certificate.number)).path(query: [
                                ("done", "issued")
                            ]))
                    } else {
                        _ = try await store.certificates.validate(draft, by: principal)
                    }
                } catch let error as KPCSError where error.kind == .invalid {
                    errors.add(
                        error, language: chrome.language, labels: labels(chrome.language), skipping: Set(errors.order)
                    ) {
                        field($0, rows: rows)
                    }
                }
                return try await form(
                    store, principal: principal, chrome: chrome, request: request, fields: fields, errors: errors,
                    checked: false)
            },
        ]
    }

    // MARK: reading the form

    /// The posted fields as the API's draft, and for each draft line the form row it came from (empty rows are left
    /// out). Numbers that cannot be read are errors on their fields.
    static func draft(
        _ fields: [String: String], language: Language, errors: inout WebParts.FieldErrors
    ) -> (CertificateDraft, [Int]) {
        let text = fields.filled
        var lines: [CertificateDraft.LineDraft] = []
        var rows: [Int] = []
        for row in 0..<lineRows {
            let names = ["hsCode", "carats", "value", "parcels"].map { "line-\(row)-\($0)" }
            guard names.contains(where: { text($0) != nil }) else { continue }
            rows.append(row)
            lines.append(
                CertificateDraft.LineDraft(
                    hsCode: text(names[0]),
                    caratsX100: FormNumbers.hundredths(
                        text(names[1]), field: names[1], label: CertificateLabel.carats, language: language,
                        errors: &errors),
                    valueUsdCents: FormNumbers.hundredths(
                        text(names[2]), field: names[2], label: CertificateLabel.valueUsd, language: language,
                        errors: &errors),
                    parcels: FormNumbers.whole(
                        text(names[3]), field: names[3], label: CertificateLabel.parcels, language: language,
                        errors: &errors)))
        }
        let countries = (text("originCountries") ?? "").uppercased().split(whereSeparator: {
            $0 == "," || $0 == " " || $0 == ";"
        }).map(String.init)
        let origin: CertificateDraft.OriginDraft? =
            switch text("originKind") {
            case "mixed": .mixed(countries)
            case "single":
                CertificateDraft.OriginDraft(
                    kind: "single",
                    country: countries.count == 1
                        ? countries[0] : (countries.isEmpty ? nil : countries.joined(separator: ",")))
            default: nil
            }
        func id(_ name: String) -> Int64? {
            guard let value = text(name) else { return nil }
            guard let id = Int64(value) else {
                errors.add(
                    name,
                    LocalizedMessage(RequestMessage.fieldValueInvalid(field: name, value: value, allowed: "—")).text(
                        in: language))
                return nil
            }
            return id
        }
        let draft = CertificateDraft(
            importingParticipant: text("importingParticipant")?.uppercased(), exporterId: id("exporterId"),
            importerId: id("importerId"),
            origin: origin, originZone: text("originZone"), lines: lines, expiresOn: text("expiresOn"),
            replaces: text("replaces"))
        return (draft, rows)
    }

    /// The form field a draft error's JSON pointer names (line indexes mapped back to form rows).
    static func field(_ pointer: String, rows: [Int]) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        if parts.first == "lines" {
            guard parts.count >= 2, let index = Int(parts[1]), rows.indices.contains(index) else {
                return "line-0-hsCode"
            }
            let column =
                ["hsCode": "hsCode", "caratsX100": "carats", "valueUsdCents": "value", "parcels": "parcels"][
                    parts.count > 2 ? parts[2] : ""] ?? "hsCode"
            return "line-\(rows[index])-\(column)"
        }
        if parts.first == "origin" {
            return parts.count > 1 && parts[1] == "kind" ? "origin-single" : "originCountries"
        }
        switch parts.first {
        case "importingParticipant", "importerId", "expiresOn", "replaces", "originZone": return parts[0]
        default: return "exporterId"
        }
    }

    /// A voided certificate's fields, to issue its replacement.
    static func prefill(from record: CertificateRecord, language: Language) -> [String: String] {
        let certificate = record.certificate
        var fields = [
            "importingParticipant": certificate.importingParticipant, "exporterId": String(certificate.exporterId),
            "importerId": String(certificate.importerId), "originKind": certificate.origin.kind,
            "originCountries": certificate.origin.countries.joined(separator: ", "), "replaces": certificate.number,
            "originZone": certificate.originZone ?? "",
        ]
        for (row, line) in certificate.lines.enumerated() {
            fields["line-\(row)-hsCode"] = line.hsCode.rawValue
            fields["line-\(row)-carats"] = Quantity.editable(line.caratsX100, language)
            fields["line-\(row)-value"] = Quantity.editable(line.valueUsdCents, language)
            fields["line-\(row)-parcels"] = String(line.parcels)
        }
        return fields
    }

    // MARK: the page

    static func form(
        _ store: Store, principal: Principal, chrome: WebChrome, request: Request, fields: [String: String],
        errors: WebParts.FieldErrors, checked: Bool
    ) async throws -> Response {
        let own = principal.participantCode ?? ""
        let participants = try await store.registry.participants(status: .active).filter {
            !$0.isMemberState && $0.code != own
        }
        .sorted { $0.name(in: chrome.language) < $1.name(in: chrome.language) }
        let companies = try await allCompanies(store)
        let exporters = companies.filter { $0.participantCode == own && $0.canExport && !$0.suspended }
        let importers = companies.filter { $0.participantCode != own && $0.canImport && !$0.suspended }
        let names = Dictionary(
            participants.map { ($0.code, $0.name(in: chrome.language)) }, uniquingKeysWith: { first, _ in first })
        let language = chrome.language
        func value(_ name: String) -> String { fields[name] ?? "" }
        func option(_ value: String, _ text: String, field: String) -> HTML {
            WebParts.option(value, text, selected: fields[field] == value)
        }
        let choose = CertificateText.choose.text(language)
        let labels = self.labels(language)
        var html: HTML = "<h1>\(chrome.t(CertificateText.newTitle))</h1><p>\(chrome.t(CertificateText.newIntro))</p>"
        html += errors.summary(chrome, labels: labels)
        if checked {
            html += "<p id=\"check-ok\" class=\"verdict ok\" role=\"status\">\(chrome.t(CertificateText.checkOk))</p>"
        }
        let single = fields["originKind"] != "mixed"
        html += """
            <form method="post" action="\(CertificatesURL.new)" id="certificate-form" novalidate>\(chrome.csrfField)
            <p><label for="importingParticipant">\(chrome.t(CertificateLabel.importingParticipant))</label><br>
            <select id="importingParticipant"\
             name="importingParticipant"\(errors.attributes("importingParticipant"))><option value="">\(choose)</option>
            \(participants.map {
                option($0.code, "\($0.name(in: language)) (\($0.code))", field: "importingParticipant")
            }.joined())</select>\(errors.message("importingParticipant"))</p>
            <p><label for="exporterId">\(chrome.t(CertificateLabel.exporter))</label><br>
            <select id="exporterId" name="exporterId"\(errors.attributes("exporterId"))><option\
             value="">\(choose)</option>
            \(exporters.map { option(String($0.id), $0.name, field: "exporterId") }.joined())</select>\
            \(errors.message("exporterId"))</p>
            <p><label for="importerId">\(chrome.t(CertificateLabel.importer))</label><br>
            <select id="importerId" name="importerId"\(errors.attributes("importerId"))><option\
             value="">\(choose)</option>
            """
        for (code, group) in Dictionary(grouping: importers, by: \.participantCode).sorted(by: {
            (names[$0.key] ?? $0.key) < (names[$1.key] ?? $1.key)
        }) {
            html +=
                "<optgroup label=\"\("\(names[code] ?? code) (\(code))")\">"
                + group.map { option(String($0.id), $0.name, field: "importerId") }.joined() + "</optgroup>"
        }
        html += """
            </select>\(errors.message("importerId"))</p>
            <fieldset><legend>\(chrome.t(CertificateText.originKind))</legend>
            <input type="radio" id="origin-single" name="originKind"\
             value="single"\(single ? " checked" : "")\(errors.attributes("origin-single"))> <label\
             for="origin-single">\(chrome.t(CertificateText.singleOrigin))</label>
            <input type="radio" id="origin-mixed" name="originKind" value="mixed"\(single ? "" : " checked")> <label\
             for="origin-mixed">\(chrome.t(CertificateText.mixedOrigin))</label>\(errors.message("origin-single"))\
            </fieldset>
            <p><label for="originCountries">\(chrome.t(CertificateText.originCountries))</label> <span\
             class="hint">\(chrome.t(CertificateText.originHint))</span><br>
            <input id="originCountries" name="originCountries" size="20"\
             value="\(value("originCountries"))"\(errors.attributes("originCountries"))>\
            \(errors.message("originCountries"))</p>
            <p><label for="originZone">\(chrome.t(CertificateLabel.originZone))</label> <span\
             class="hint">\(chrome.t(CertificateText.originZoneHint))</span><br>
            <input id="originZone" name="originZone" size="24"\
             value="\(value("originZone"))"\(errors.attributes("originZone"))>\(errors.message("originZone"))</p>
            <fieldset><legend>\(chrome.t(CertificateText.linesTitle))</legend><p\
             class="hint">\(chrome.t(CertificateText.linesHint))</p>
            """
        for row in 0..<lineRows {
            let prefix = "line-\(row)-"
            html += "<fieldset class=\"line\"><legend>\(chrome.t(CertificateText.line)) \(row + 1)</legend><p>"
            html +=
                """
                <label for="\(prefix)hsCode">\(chrome.t(CertificateLabel.hsCode))</label> <select id="\(prefix)hsCode"\
                 name="\(prefix)hsCode"\(errors.attributes(prefix + "hsCode"))><option value=""></option>
                """
            html +=
                HSCode.allCases.map {
                    option($0.rawValue, "\($0.rawValue) — \($0.description(in: language))", field: prefix + "hsCode")
                }.joined() + "</select>"
            for (column, text, mode, size) in [
                ("carats", CertificateLabel.carats, "decimal", 12), ("value", CertificateLabel.valueUsd, "decimal", 14),
                ("parcels", CertificateLabel.parcels, "numeric", 6),
            ] {
                html +=
                    """
                     <label for="\(prefix)\(column)">\(chrome.t(text))</label> <input id="\(prefix)\(column)"\
                     name="\(prefix)\(column)" size="\(size)" inputmode="\(mode)"\
                     value="\(value(prefix + column))"\(errors.attributes(prefix + column))>
                    """
            }
            html +=
                "</p>" + ["hsCode", "carats", "value", "parcels"].map { errors.message(prefix + $0) }.joined()
                + "</fieldset>"
        }
        html += """
            </fieldset>
            <p><label for="expiresOn">\(chrome.t(CertificateLabel.expiresOn))</label> <span\
             class="hint">(\(chrome.t(CertificateText.dateHint)), \(chrome.t(CertificateText.optional)))</span><br>
            <input id="expiresOn" name="expiresOn" size="10"\
             value="\(value("expiresOn"))"\(errors.attributes("expiresOn"))>\(errors.message("expiresOn"))</p>
            <p><label for="replaces">\(chrome.t(CertificateLabel.replaces))</label> <span\
             class="hint">(\(chrome.t(CertificateText.optional)))</span><br>
            <input id="replaces" name="replaces" size="20"\
             value="\(value("replaces"))"\(errors.attributes("replaces"))>\(errors.message("replaces"))</p>
            <p><button type="submit" name="action" value="check"\
             id="check">\(chrome.t(CertificateText.checkButton))</button>
            <button type="submit" name="action" value="issue"\
             id="issue">\(chrome.t(CertificateText.issueButton))</button></p></form>
            """
        return chrome.page(
            CertificateText.newTitle.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Each field's label, to name it in the error summary and messages.
    static func labels(_ language: Language) -> [String: String] {
        func label(_ text: some LocalizedText) -> String { text.text(language) }
        var labels: [String: String] = [
            "importingParticipant": label(CertificateLabel.importingParticipant),
            "exporterId": label(CertificateLabel.exporter),
            "importerId": label(CertificateLabel.importer), "origin-single": label(CertificateText.originKind),
            "originCountries": label(CertificateText.originCountries),
            "originZone": label(CertificateLabel.originZone),
            "expiresOn": label(CertificateLabel.expiresOn), "replaces": label(CertificateLabel.replaces),
        ]
        for row in 0..<lineRows {
            let n = " (\(CertificateText.line.text(language)) \(row + 1))"
            labels["line-\(row)-hsCode"] = label(CertificateLabel.hsCode) + n
            labels["line-\(row)-carats"] = label(CertificateLabel.carats) + n
            labels["line-\(row)-value"] = label(CertificateLabel.valueUsd) + n
            labels["line-\(row)-parcels"] = label(CertificateLabel.parcels) + n
        }
        return labels
    }

    /// Every registered company, read page by page.
    static func allCompanies(_ store: Store) async throws -> [Company] {
        var companies: [Company] = []
        var page = 1
        while true {
            let result = try await store.registry.companies(
                participant: nil, page: try PageRequest(page: page, perPage: PageRequest.maximumPerPage))
            companies += result.items
            if companies.count >= result.total || result.items.isEmpty { return companies }
            page += 1
        }
    }
}
