import KPCSCore

/// The fields of the proposal form for the `set-zone-status` effect: the zone and the status it is to have, read into
/// the effect's draft and shown with their messages.
enum ProposalZoneFields {
    /// The form's field of each pointer of the zone effect.
    static let fields: [String: String] = [
        "/effect/zone": "decision-effectZone", "/effect/zoneStatus": "decision-effectZoneStatus",
    ]

    static func read(_ form: [String: String], into draft: inout DecisionEffectDraft) {
        draft.zone = form.filled("effectZone")
        draft.zoneStatus = form.filled("effectZoneStatus")
    }

    static func html(form: [String: String], errors: WebParts.FieldErrors, chrome: WebChrome) -> HTML {
        let language = chrome.language
        let chosen = form["effectZoneStatus"] ?? ""
        let statuses: HTML =
            WebParts.option("", "—", selected: chosen.isEmpty)
            + ZoneStatus.allCases.map {
                WebParts.option($0.rawValue, ZoneText.status($0, language), selected: chosen == $0.rawValue)
            }.joined()
        return """
            <fieldset><legend>\(chrome.t(GovernanceText.effectZoneLegend))</legend>
            <p><label for="decision-effectZone">\(chrome.t(GovernanceText.effectZone))</label> <input\
             id="decision-effectZone" name="effectZone" size="24" value="\(form["effectZone"] ?? "")"\
            \(errors.attributes("decision-effectZone"))>\(errors.message("decision-effectZone"))
            <label for="decision-effectZoneStatus">\(chrome.t(ZoneText.status))</label> <select\
             id="decision-effectZoneStatus" name="effectZoneStatus"\(errors.attributes("decision-effectZoneStatus"))>\
            \(statuses)</select>\(errors.message("decision-effectZoneStatus"))</p></fieldset>
            """
    }
}
