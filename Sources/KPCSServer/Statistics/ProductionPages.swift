import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/production`: an officer submits its participant's production for a half-year (the same rules and store function
/// as `POST /api/v1/statistics/production`) and sees the reports already submitted, resubmissions included.
enum ProductionPages {
    static let lineRows = 4

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, StatisticsURL.production, .roles([.officer])) { request, context in
                try await page(store, request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, StatisticsURL.production, .roles([.officer])) { request, context in
                let fields = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                let (draft, rows) = self.draft(fields, language: language, errors: &errors)
                do {
                    if errors.isEmpty {
                        let report = try await store.statistics.submitProduction(draft, by: try context.principal())
                        return WebChrome.redirect(
                            StatisticsURL.production.path(query: [
                                ("year", String(report.year)), ("saved", String(report.half)),
                            ]))
                    }
                    _ = try ProductionRules.validate(
                        draft, authority: try context.principal().officerAuthority(),
                        today: CalendarDate(utcDayOf: store.configuration.now()))
                } catch let error as KPCSError where error.kind == .invalid {
                    errors.add(error, language: language, skipping: Set(errors.order)) { field($0, rows: rows) }
                }
                return try await page(store, request: request, context: context, errors: errors, form: fields)
            },
        ]
    }

    /// The posted fields as the API's draft, with the form row of each draft line (empty rows are left out).
    static func draft(
        _ fields: [String: String], language: Language, errors: inout WebParts.FieldErrors
    ) -> (ProductionDraft, [Int]) {
        let text = fields.filled
        var lines: [ProductionDraft.LineDraft] = []
        var rows: [Int] = []
        for row in 0..<lineRows {
            let prefix = "production-\(row)-"
            guard text(prefix + "carats") != nil || text(prefix + "value") != nil else { continue }
            rows.append(row)
            lines.append(
                ProductionDraft.LineDraft(
                    hsCode: text(prefix + "hsCode"), mining: text(prefix + "mining"),
                    caratsX100: FormNumbers.hundredths(
                        text(prefix + "carats"), field: prefix + "carats", label: CertificateLabel.carats,
                        language: language, errors: &errors),
                    valueUsdCents: FormNumbers.hundredths(
                        text(prefix + "value"), field: prefix + "value", label: CertificateLabel.valueUsd,
                        language: language, errors: &errors)))
        }
        let year = FormNumbers.whole(
            text("year"), field: "production-year", label: ProductionText.year, language: language, errors: &errors)
        return (
            ProductionDraft(
                year: year.map(Int.init), half: text("half").flatMap(Int.init), lines: lines, reason: text("reason")),
            rows
        )
    }

    static func field(_ pointer: String, rows: [Int]) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        switch parts.first {
        case "year": return "production-year"
        case "half": return "production-half"
        case "reason": return "production-reason"
        case "lines":
            guard parts.count >= 2, let index = Int(parts[1]), rows.indices.contains(index) else {
                return "production-0-carats"
            }
            let column =
                ["hsCode": "hsCode", "mining": "mining", "caratsX100": "carats", "valueUsdCents": "value"][
                    parts.count > 2 ? parts[2] : ""] ?? "mining"
            return "production-\(rows[index])-\(column)"
        default: return "production-year"
        }
    }

    static func page(
        _ store: Store, request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors,
        form: [String: String]
    ) async throws -> Response {
        let chrome = WebChrome(request, context)
        let principal = try context.principal()
        let language = chrome.language
        let own = principal.participantCode ?? ""
        let thisYear = CalendarDate(utcDayOf: store.configuration.now()).year
        let shownYear = (try? request.intQuery("year")).flatMap { $0 } ?? thisYear
        var html: HTML = "<h1>\(chrome.t(ProductionText.title))</h1><p>\(chrome.t(ProductionText.intro))</p>"
        if let half = request.query("saved") {
            html +=
                """
                <p id="notice" class="verdict ok" role="status">\
                \(ProductionText.saved.text(language).replacingOccurrences(of: "{0}", with: "\(shownYear)-H\(half)"))\
                </p>
                """
        }
        html += errors.summary(chrome, labels: [:])
        func value(_ name: String, _ fallback: String = "") -> String { form[name] ?? fallback }
        func option(_ value: String, _ text: String, _ field: String, _ fallback: String = "") -> HTML {
            WebParts.option(value, text, selected: (form[field] ?? fallback) == value)
        }
        html += """
            <form method="post" action="\(StatisticsURL.production)" id="production-form">\(chrome.csrfField)
            <p><label for="production-year">\(chrome.t(ProductionText.year))</label> <input id="production-year"\
             name="year" size="5" inputmode="numeric"\
             value="\(value("year", String(thisYear)))"\(errors.attributes("production-year"))>
            <label for="production-half">\(chrome.t(ProductionText.half))</label> <select id="production-half"\
             name="half"\(errors.attributes("production-half"))>\
            \(option("1", ProductionText.firstHalf.text(language), "half", "1"))\
            \(option("2", ProductionText.secondHalf.text(language), "half", "1"))</select>
            \(errors.message("production-year"))\(errors.message("production-half"))</p>
            <fieldset><legend>\(chrome.t(ProductionText.linesTitle))</legend><p\
             class="hint">\(chrome.t(ProductionText.linesHint))</p>
            """
        for row in 0..<lineRows {
            let prefix = "production-\(row)-"
            html += "<fieldset class=\"line\"><legend>\(chrome.t(CertificateText.line)) \(row + 1)</legend><p>"
            html +=
                """
                <label for="\(prefix)mining">\(chrome.t(ProductionText.mining))</label> <select id="\(prefix)mining"\
                 name="\(prefix)mining"\(errors.attributes(prefix + "mining"))>
                """
            html += option(
                "industrial", ProductionText.industrial.text(language), prefix + "mining",
                row % 2 == 0 ? "industrial" : "artisanal")
            html +=
                option(
                    "artisanal", ProductionText.artisanal.text(language), prefix + "mining",
                    row % 2 == 0 ? "industrial" : "artisanal") + "</select>"
            html +=
                """
                 <label for="\(prefix)hsCode">\(chrome.t(CertificateLabel.hsCode))</label> <select\
                 id="\(prefix)hsCode" name="\(prefix)hsCode"\(errors.attributes(prefix + "hsCode"))>
                """
            html +=
                option("", ProductionText.noHsCode.text(language), prefix + "hsCode")
                + HSCode.allCases.map { option($0.rawValue, $0.rawValue, prefix + "hsCode") }.joined() + "</select>"
            for (column, text) in [("carats", CertificateLabel.carats), ("value", CertificateLabel.valueUsd)] {
                html +=
                    """
                     <label for="\(prefix)\(column)">\(chrome.t(text))</label> <input id="\(prefix)\(column)"\
                     name="\(prefix)\(column)" size="14" inputmode="decimal"\
                     value="\(value(prefix + column))"\(errors.attributes(prefix + column))>
                    """
            }
            html +=
                "</p>" + ["mining", "hsCode", "carats", "value"].map { errors.message(prefix + $0) }.joined()
                + "</fieldset>"
        }
        html += """
            </fieldset><p><label for="production-reason">\(chrome.t(ProductionText.reason))</label> <span\
             class="hint">(\(chrome.t(ProductionText.reasonHint)))</span><br>
            <textarea id="production-reason" name="reason"\
             rows="2"\(errors.attributes("production-reason"))>\(value("reason"))</textarea>\
            \(errors.message("production-reason"))</p>
            <p><button type="submit" id="production-submit">\(chrome.t(ProductionText.submit))</button></p></form>
            """
        let reports = try await store.statistics.productionHistory(
            participant: own, year: shownYear, half: nil, for: principal)
        html +=
            "<h2>\(ProductionText.history.text(language).replacingOccurrences(of: "{0}", with: String(shownYear)))</h2>"
        if reports.isEmpty {
            html += "<p>\(chrome.t(ProductionText.noReports))</p>"
        } else {
            html += """
                <table id="production-reports"><thead><tr><th scope="col">\(chrome.t(ProductionText.period))</th><th\
                 scope="col">\(chrome.t(ProductionText.version))</th>
                <th scope="col">\(chrome.t(CertificateText.recordedAt))</th><th\
                 scope="col">\(chrome.t(CertificateText.actor))</th><th\
                 scope="col">\(chrome.t(CertificateText.caratsColumn))</th>
                <th scope="col">\(chrome.t(CertificateText.usdColumn))</th><th\
                 scope="col">\(chrome.t(WebText.reason))</th></tr></thead><tbody>
                """
            for report in reports {
                let current = report.supersededAt == nil ? " (\(ProductionText.current.text(language)))" : ""
                html +=
                    """
                    <tr><td>\(report.year)-H\(report.half)</td><td>\(report.version)\(current)</td><td>\
                    \(WebFormat.instant(report.submittedAt, language))</td>
                    """
                html +=
                    "<td>\(report.submittedBy)</td>"
                    + WebFormat.numberCell(Quantity.carats(report.caratsX100, language))
                html +=
                    WebFormat.numberCell(Quantity.dollars(report.valueUsdCents, language))
                    + "<td>\(report.reason ?? "")</td></tr>"
            }
            html += "</tbody></table>"
        }
        html +=
            "<p>"
            + [thisYear - 1, thisYear].filter { $0 != shownYear }.map {
                "<a href=\"\(StatisticsURL.production.path(query: [("year", String($0))]))\">\($0)</a>"
            }.joined(separator: " · ") + "</p>"
        return chrome.page(
            ProductionText.title.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

/// The texts of the production page, in English and French.
enum ProductionText: CaseIterable, LocalizedText {
    case title, intro, saved, year, half, firstHalf, secondHalf, linesTitle, linesHint, mining, industrial, artisanal
    case noHsCode, reason, reasonHint, submit, history, noReports, period, version, current

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Production report", "Déclaration de production")
        case .intro:
            (en, fr) = (
                """
                Your participant's rough-diamond production for a half-year, by mining kind and, where you classify\
                 it, by HS code. It feeds the KP production statistics.
                """,
                """
                La production de diamants bruts de votre participant pour un semestre, par type d'extraction et, si\
                 vous la classez ainsi, par code SH. Elle alimente les statistiques de production du PK.
                """
            )
        case .saved: (en, fr) = ("Production for {0} recorded.", "Production de {0} enregistrée.")
        case .year: (en, fr) = ("Year", "Année")
        case .half: (en, fr) = ("Half-year", "Semestre")
        case .firstHalf: (en, fr) = ("First (January–June)", "Premier (janvier–juin)")
        case .secondHalf: (en, fr) = ("Second (July–December)", "Second (juillet–décembre)")
        case .linesTitle: (en, fr) = ("Production", "Production")
        case .linesHint:
            (en, fr) = (
                "One line per mining kind (and HS code if you use them). Lines without carats or value are ignored.",
                """
                Une ligne par type d'extraction (et par code SH si vous les utilisez). Les lignes sans carats ni\
                 valeur sont ignorées.
                """
            )
        case .mining: (en, fr) = ("Mining", "Extraction")
        case .industrial: (en, fr) = ("industrial", "industrielle")
        case .artisanal: (en, fr) = ("artisanal and alluvial", "artisanale et alluviale")
        case .noHsCode: (en, fr) = ("not classified", "non classée")
        case .reason: (en, fr) = ("Reason for a resubmission", "Motif d'une nouvelle déclaration")
        case .reasonHint:
            (en, fr) = (
                "required when the half-year already has a report", "obligatoire si le semestre a déjà une déclaration"
            )
        case .submit: (en, fr) = ("Submit the report", "Envoyer la déclaration")
        case .history: (en, fr) = ("Reports submitted for {0}", "Déclarations envoyées pour {0}")
        case .noReports: (en, fr) = ("No report yet.", "Aucune déclaration pour l'instant.")
        case .period: (en, fr) = ("Period", "Période")
        case .version: (en, fr) = ("Version", "Version")
        case .current: (en, fr) = ("current", "en vigueur")
        }
        return language == .fr ? fr : en
    }
}
