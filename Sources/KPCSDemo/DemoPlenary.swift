import Foundation
import KPCSCore
import KPCSStore

/// A past Plenary with its decisions and communiqué: the 2025 Plenary as the KP's record has it (Dubai, 17–22
/// November 2025, chaired by the United Arab Emirates; `shared/reference/scheme.md`), held in person (an
/// assumption: the record does not say), with two decisions of the demo taken at it (the WGM's terms of
/// reference, with their effect, and a decision without one) and a demo communiqué. Written with the store's clock
/// set back to the days of the meeting.
struct DemoPlenary {
    let store: Store
    let governance: DemoGovernance

    static let startsOn = "2025-11-17"
    static let endsOn = "2025-11-22"

    func create(by administrator: Principal) async throws {
        let dubai = try await store.governance.recordMeeting(
            MeetingDraft(
                kind: "plenary", titleEn: "Kimberley Process Plenary 2025",
                titleFr: "Réunion plénière 2025 du Processus de Kimberley", startsOn: Self.startsOn,
                endsOn: Self.endsOn,
                format: "in-person", place: "Dubai, United Arab Emirates",
                agenda: [
                    AgendaItemDraft(titleEn: "Opening by the Chair", titleFr: "Ouverture par la présidence"),
                    AgendaItemDraft(
                        titleEn: "Reports of the working bodies", titleFr: "Rapports des organes de travail"),
                    AgendaItemDraft(titleEn: "Decisions of the Plenary", titleFr: "Décisions de la plénière"),
                ]),
            by: administrator)
        _ = try await store.governance.setAttendance(
            dubai.id, AttendanceDraft(participants: DemoGovernance.delegates, organisations: ["WDC", "CSC", "ADPA"]),
            by: administrator)
        let opening = Date(timeIntervalSince1970: 1_763_456_400)  // 2025-11-18T09:00:00Z, the second day
        try await decision(
            at: dubai, opened: opening,
            titles: (
                "Terms of reference of the Working Group on Monitoring (demo)",
                "Mandat du Groupe de travail sur le suivi (démo)"
            ),
            texts: (
                "The Plenary adopts the terms of reference of the WGM as circulated by the Chair.",
                "La plénière adopte le mandat du WGM tel que diffusé par la présidence."
            ),
            effect: DecisionEffectDraft(
                kind: "adopt-terms-of-reference", body: "WGM",
                textEn: """
                    The WGM follows up the annual reports and the peer review visits and missions, and reports to the \
                    Plenary on each participant's implementation of the minimum requirements (demo).
                    """,
                textFr: """
                    Le WGM assure le suivi des rapports annuels et des visites et missions d'examen par les pairs, et \
                    rend compte à la plénière de la mise en œuvre des exigences minimales par chaque participant \
                    (démo).
                    """))
        try await decision(
            at: dubai, opened: opening.addingTimeInterval(3600),
            titles: ("Venue of the 2026 Intersessional (demo)", "Lieu de la réunion intersessions 2026 (démo)"),
            texts: (
                "The Plenary welcomes Botswana's offer to host the 2026 Intersessional in Gaborone.",
                "La plénière accueille l'offre du Botswana d'accueillir la réunion intersessions 2026 à Gaborone."
            ),
            effect: nil)
        try await DemoZones.register(store.at(opening.addingTimeInterval(-86_400)), by: administrator)
        for (offset, zone, status) in [(2, "CF-BERBERATI", "compliant"), (3, "CF-BRIA", "non-compliant")] {
            let (en, fr) = status == "compliant" ? ("compliant", "conforme") : ("non-compliant", "non conforme")
            try await decision(
                at: dubai, opened: opening.addingTimeInterval(Double(offset) * 3600),
                titles: ("Status of the zone \(zone) (demo)", "Statut de la zone \(zone) (démo)"),
                texts: (
                    "On the monitoring team's report, the Plenary finds the zone \(zone) \(en).",
                    "Sur le rapport de l'équipe de suivi, la plénière constate que la zone \(zone) est \(fr)."
                ),
                effect: DecisionEffectDraft(kind: "set-zone-status", zone: zone, zoneStatus: status))
        }
        // The closing runs when the meeting ends, so the effects take hold on the day the decisions were taken.
        try await store.at(opening.addingTimeInterval(5 * 86_400)).governance.closeDue()
        _ = try await store.governance.setCommunique(
            dubai.id,
            CommuniqueDraft(
                textEn: """
                    The Plenary met in Dubai from 17 to 22 November 2025 under the chairmanship of the United Arab \
                    Emirates. It adopted the terms of reference of the Working Group on Monitoring and welcomed \
                    Botswana's offer to host the 2026 Intersessional (demo communiqué).
                    """,
                textFr: """
                    La plénière s'est réunie à Dubaï du 17 au 22 novembre 2025 sous la présidence des Émirats arabes \
                    unis. Elle a adopté le mandat du Groupe de travail sur le suivi et accueilli l'offre du Botswana \
                    d'accueillir la réunion intersessions 2026 (communiqué de démonstration).
                    """),
            by: administrator)
    }

    /// A decision proposed by the EU and put to the Plenary by the Chair of 2025 (the UAE), which every demo
    /// delegate's participant supports during the meeting.
    private func decision(
        at meeting: Meeting, opened: Date, titles: (String, String), texts: (String, String),
        effect: DecisionEffectDraft?
    ) async throws {
        let proposed = try await store.at(opened.addingTimeInterval(-600)).governance.propose(
            DecisionDraft(titleEn: titles.0, titleFr: titles.1, textEn: texts.0, textFr: texts.1, effect: effect),
            by: try governance.principal("EU"))
        let id = proposed.decision.id
        _ = try await store.at(opened).governance.putToMeeting(
            id, MeetingDecisionDraft(meetingId: meeting.id), by: try governance.principal("AE"))
        for (offset, code) in DemoGovernance.delegates.enumerated() {
            _ = try await store.at(opened.addingTimeInterval(Double(offset + 1) * 1800)).governance.recordStance(
                id, StanceDraft(position: "supports"), by: try governance.principal(code))
        }
    }
}
