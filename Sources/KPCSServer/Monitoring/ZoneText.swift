import Foundation
import KPCSCore

/// The texts of the mining zones' pages, in English and French.
enum ZoneText: CaseIterable, LocalizedText {
    case title, intro, mapTitle, code, name, status, since, decision, geometry, registered, noZones, history
    case noHistory, register, registerHint, geometryHint, participant, allZones, notReviewedNote, originZone

    /// A status in words.
    static func status(_ status: ZoneStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.compliant, .en): "compliant"
        case (.compliant, .fr): "conforme"
        case (.nonCompliant, .en): "non-compliant"
        case (.nonCompliant, .fr): "non conforme"
        case (.underMonitoring, .en): "under monitoring"
        case (.underMonitoring, .fr): "sous surveillance"
        }
    }

    /// A status in words, or "not reviewed" when no decision has given one.
    static func statusOrNone(_ status: ZoneStatus?, _ language: Language) -> String {
        guard let status else { return language == .fr ? "non examinée" : "not reviewed" }
        return Self.status(status, language)
    }

    /// What the map shows, for a screen reader.
    static func mapDescription(
        _ count: Int, west: Double, east: Double, south: Double, north: Double, language: Language
    ) -> String {
        let box = [west, east, south, north].map { String(format: "%.2f", $0) }
        return language == .fr
            ? "\(count) zone(s) entre les longitudes \(box[0]) et \(box[1]) et les latitudes \(box[2]) et \(box[3])."
            : "\(count) zone(s) between longitudes \(box[0]) and \(box[1]) and latitudes \(box[2]) and \(box[3])."
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Mining zones", "Zones minières")
        case .intro:
            (en, fr) = (
                """
                The mining zones this participant has registered, and the KP status that decisions gave each. A zone \
                no decision has reviewed reads "not reviewed". Rough of this participant's own origin names its zone \
                on the certificate; none is certified from a non-compliant zone.
                """,
                """
                Les zones minières que ce participant a enregistrées, et le statut KP que des décisions ont donné à \
                chacune. Une zone qu'aucune décision n'a examinée est « non examinée ». Le brut d'origine de ce \
                participant indique sa zone sur le certificat ; aucun n'est certifié depuis une zone non conforme.
                """
            )
        case .mapTitle: (en, fr) = ("Map of the mining zones", "Carte des zones minières")
        case .code: (en, fr) = ("Code", "Code")
        case .name: (en, fr) = ("Name", "Nom")
        case .status: (en, fr) = ("KP status today", "Statut KP aujourd'hui")
        case .since: (en, fr) = ("Since", "Depuis")
        case .decision: (en, fr) = ("Decision", "Décision")
        case .geometry: (en, fr) = ("Geometry (GeoJSON)", "Géométrie (GeoJSON)")
        case .registered: (en, fr) = ("Registered", "Enregistrée")
        case .noZones: (en, fr) = ("No mining zone registered.", "Aucune zone minière enregistrée.")
        case .history: (en, fr) = ("Status history", "Historique du statut")
        case .noHistory:
            (en, fr) = (
                "No decision has reviewed this zone: not reviewed.",
                "Aucune décision n'a examiné cette zone : non examinée."
            )
        case .register: (en, fr) = ("Register a zone", "Enregistrer une zone")
        case .registerHint:
            (en, fr) = (
                """
                The code starts with the participant's code and a hyphen. The status is not set here: a decision \
                sets it.
                """,
                """
                Le code commence par celui du participant et un tiret. Le statut n'est pas fixé ici : une décision le \
                fixe.
                """
            )
        case .geometryHint:
            (en, fr) = (
                """
                A GeoJSON Point or Polygon, longitude first: {"type":"Point","coordinates":[15.9,4.3]}.
                """,
                """
                Un Point ou un Polygon GeoJSON, longitude d'abord : {"type":"Point","coordinates":[15.9,4.3]}.
                """
            )
        case .participant: (en, fr) = ("Participant", "Participant")
        case .allZones: (en, fr) = ("All the zones of", "Toutes les zones de")
        case .notReviewedNote:
            (en, fr) = (
                "Not reviewed means that no decision has given a status, never that the zone is compliant.",
                "Non examinée signifie qu'aucune décision n'a donné de statut, jamais que la zone est conforme."
            )
        case .originZone: (en, fr) = ("Origin zone", "Zone d'origine")
        }
        return language == .fr ? fr : en
    }
}
