import Foundation
import Hummingbird
import KPCSCore
import KPCSStore

/// `/decisions/new`: a delegate proposes a decision for its participant (the same rules and store function as
/// `POST /api/v1/decisions`).
enum ProposalPage {
    static let fields = ["titleEn", "titleFr", "textEn", "textFr"]

    static func operations(_ store: Store) -> [Operation] {
        [
            Operation.page(.get, GovernanceURL.newDecision, .roles([.delegate])) { request, context in
                page(request: request, context: context, errors: .init(), form: [:])
            },
            Operation.page(.post, GovernanceURL.newDecision, .roles([.delegate])) { request, context in
                let form = try await WebForm.read(request, context)
                let language = WebLanguage.resolve(request, context: context)
                var errors = WebParts.FieldErrors()
                let effect = form.filled("effectKind").map { kind in
                    var draft = DecisionEffectDraft(
                        kind: kind, participant: form.filled("effectParticipant"),
                        year: form.filled("effectYear").flatMap { $0.utf8.count <= 4 ? Int($0) : nil },
                        exportZones: form.filled("effectZones")?.split(whereSeparator: \.isNewline).map(String.init))
                    ProposalBodyFields.read(form, into: &draft)
                    ProposalZoneFields.read(form, into: &draft)
                    return draft
                }
                if let text = form.filled("effectYear"), effect?.year == nil {
                    errors.add(
                        "decision-effectYear",
                        RequestMessage.fieldWrongType(field: text, expected: "a year").text(in: language))
                }
                let draft = DecisionDraft(
                    titleEn: form.filled("titleEn"), titleFr: form.filled("titleFr"), textEn: form.filled("textEn"),
                    textFr: form.filled("textFr"), effect: effect)
                do {
                    if errors.isEmpty {
                        let summary = try await store.governance.propose(draft, by: try context.principal())
                        return WebChrome.redirect(
                            GovernanceURL.decision(.value(String(summary.decision.id))).path(query: [("saved", "1")]))
                    }
                } catch let error as KPCSError where error.kind == .invalid || error.kind == .forbidden {
                    errors.add(error, language: language) { field($0) }
                }
                return page(request: request, context: context, errors: errors, form: form)
            },
        ]
    }

    static func field(_ pointer: String) -> String {
        switch pointer {
        case "/titleEn", "/titleFr", "/textEn", "/textFr": return "decision-" + pointer.dropFirst()
        case "/effect/kind": return "decision-effectKind"
        case "/effect/participant": return "decision-effectParticipant"
        case "/effect/year": return "decision-effectYear"
        case _ where pointer.hasPrefix("/effect/exportZones"): return "decision-effectZones"
        default: return ProposalBodyFields.fields[pointer] ?? ProposalZoneFields.fields[pointer] ?? "decision-titleEn"
        }
    }

    static func page(
        request: Request, context: KPCSRequestContext, errors: WebParts.FieldErrors, form: [String: String]
    ) -> Response {
        let chrome = WebChrome(request, context)
        let language = chrome.language
        func value(_ name: String) -> String { form[name] ?? "" }
        let labels: [String: GovernanceText] = [
            "titleEn": .titleEn, "titleFr": .titleFr, "textEn": .textEn, "textFr": .textFr,
        ]
        var html: HTML = """
            <h1>\(chrome.t(GovernanceText.newTitle))</h1><p>\(chrome.t(GovernanceText.newIntro))</p>\
            \(errors.summary(chrome, labels: [:]))
            <form method="post" action="\(GovernanceURL.newDecision)" id="decision-form">\(chrome.csrfField)
            """
        for name in fields {
            let id = "decision-\(name)"
            let label = chrome.t(labels[name] ?? .title)
            if name.hasPrefix("title") {
                html += """
                    <p><label for="\(id)">\(label)</label><br><input id="\(id)" name="\(name)" size="60"\
                     value="\(value(name))"\(errors.attributes(id))>\(errors.message(id))</p>
                    """
            } else {
                html += """
                    <p><label for="\(id)">\(label)</label><br><textarea id="\(id)" name="\(name)" rows="6"\
                     cols="70"\(errors.attributes(id))>\(value(name))</textarea>\(errors.message(id))</p>
                    """
            }
        }
        let kinds: HTML =
            WebParts.option("", GovernanceText.noEffect.text(language), selected: value("effectKind").isEmpty)
            + DecisionEffectKind.allCases.map {
                WebParts.option(
                    $0.rawValue, GovernanceText.effectKind($0, language), selected: value("effectKind") == $0.rawValue)
            }.joined()
        html += """
            <fieldset><legend>\(chrome.t(GovernanceText.effect))</legend>
            <p><label for="decision-effectKind">\(chrome.t(GovernanceText.effectKind))</label> <select\
             id="decision-effectKind" name="effectKind"\(errors.attributes("decision-effectKind"))>\(kinds)</select>\
            \(errors.message("decision-effectKind"))</p>
            <p><label for="decision-effectParticipant">\(chrome.t(GovernanceText.effectParticipant))</label> <input\
             id="decision-effectParticipant" name="effectParticipant" size="4"\
             value="\(value("effectParticipant"))"\(errors.attributes("decision-effectParticipant"))>\
            \(errors.message("decision-effectParticipant"))
            <label for="decision-effectYear">\(chrome.t(GovernanceText.effectYear))</label> <input\
             id="decision-effectYear" name="effectYear" size="5" inputmode="numeric"\
             value="\(value("effectYear"))"\(errors.attributes("decision-effectYear"))>\
            \(errors.message("decision-effectYear"))</p>
            <p><label for="decision-effectZones">\(chrome.t(GovernanceText.effectZones))</label> <span\
             class="hint">(\(chrome.t(GovernanceText.effectZonesHint)))</span><br><textarea id="decision-effectZones"\
             name="effectZones" rows="2" cols="40"\(errors.attributes("decision-effectZones"))>\
            \(value("effectZones"))</textarea>\(errors.message("decision-effectZones"))</p>\
            \(ProposalBodyFields.html(form: form, errors: errors, chrome: chrome))\
            \(ProposalZoneFields.html(form: form, errors: errors, chrome: chrome))</fieldset>
            <p><button type="submit" id="decision-submit">\(chrome.t(GovernanceText.proposeButton))</button></p></form>
            """
        return chrome.page(
            GovernanceText.newTitle.text(language), body: html, request: request,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
