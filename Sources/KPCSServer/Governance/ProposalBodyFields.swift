import KPCSCore

/// The fields of the proposal form for the body effects (set up, dissolve, appoint a chair, adopt terms of
/// reference): read into the effect's draft, and shown with their messages.
enum ProposalBodyFields {
    /// The form's field of each pointer of a body effect.
    static let fields: [String: String] = [
        "/effect/body": "decision-effectBody", "/effect/bodyKind": "decision-effectBodyKind",
        "/effect/nameEn": "decision-effectNameEn", "/effect/nameFr": "decision-effectNameFr",
        "/effect/organisation": "decision-effectOrganisation", "/effect/role": "decision-effectRole",
        "/effect/textEn": "decision-effectTermsEn", "/effect/textFr": "decision-effectTermsFr",
    ]

    /// Adds the body fields of the form to an effect's draft.
    static func read(_ form: [String: String], into draft: inout DecisionEffectDraft) {
        draft.body = form.filled("effectBody")
        draft.bodyKind = form.filled("effectBodyKind")
        draft.nameEn = form.filled("effectNameEn")
        draft.nameFr = form.filled("effectNameFr")
        draft.organisation = form.filled("effectOrganisation")
        draft.role = form.filled("effectRole")
        draft.textEn = form.filled("effectTermsEn")
        draft.textFr = form.filled("effectTermsFr")
    }

    static func html(form: [String: String], errors: WebParts.FieldErrors, chrome: WebChrome) -> HTML {
        let language = chrome.language
        func value(_ name: String) -> String { form[name] ?? "" }
        func input(_ name: String, _ label: GovernanceText, size: Int) -> HTML {
            let id = "decision-\(name)"
            return """
                <label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" size="\(size)"\
                 value="\(value(name))"\(errors.attributes(id))>\(errors.message(id))
                """
        }
        func textarea(_ name: String, _ label: GovernanceText) -> HTML {
            let id = "decision-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label><br><textarea id="\(id)" name="\(name)" rows="3"\
                 cols="70"\(errors.attributes(id))>\(value(name))</textarea>\(errors.message(id))</p>
                """
        }
        let kinds: HTML =
            WebParts.option("", "—", selected: value("effectBodyKind").isEmpty)
            + WorkingBodyKind.allCases.filter { $0 != .chair }.map {
                WebParts.option(
                    $0.rawValue, WorkingBodyText.kind($0, language), selected: value("effectBodyKind") == $0.rawValue)
            }.joined()
        let roles: HTML = [SeatRole.chair, .viceChair].map {
            WebParts.option(
                $0.rawValue, WorkingBodyText.role($0, language), selected: value("effectRole") == $0.rawValue)
        }.joined()
        return """
            <fieldset><legend>\(chrome.t(GovernanceText.effectBodyLegend))</legend>
            <p class="hint">\(chrome.t(GovernanceText.effectBodyHint))</p>
            <p>\(input("effectBody", .effectBody, size: 8))
            <label for="decision-effectBodyKind">\(chrome.t(GovernanceText.effectBodyKind))</label> <select\
             id="decision-effectBodyKind" name="effectBodyKind"\(errors.attributes("decision-effectBodyKind"))>\
            \(kinds)</select>\(errors.message("decision-effectBodyKind"))</p>
            <p>\(input("effectNameEn", .effectNameEn, size: 40))</p>
            <p>\(input("effectNameFr", .effectNameFr, size: 40))</p>
            <p>\(input("effectOrganisation", .effectOrganisation, size: 8))
            <label for="decision-effectRole">\(chrome.t(GovernanceText.effectRole))</label> <select\
             id="decision-effectRole" name="effectRole"\(errors.attributes("decision-effectRole"))>\(roles)</select>\
            \(errors.message("decision-effectRole"))</p>
            \(textarea("effectTermsEn", .effectTermsEn))\(textarea("effectTermsFr", .effectTermsFr))</fieldset>
            """
    }
}
