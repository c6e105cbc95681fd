import Foundation
import KPCSCore
import KPCSStore

/// The demo's governance: a Chair for the current year, the 2020 written procedure on the chairmanships recorded
/// from the KP's record, meetings (the 2025 Plenary with its decisions: ``DemoPlenary``), the bodies' seats
/// (``DemoBodies``), written procedures run in kpcs over the past weeks (one blocked by an objection, one adopted
/// with its effect) and one open procedure the demo delegates can answer. Written through the store's public API
/// with its clock set back, as the demo certificates are.
struct DemoGovernance {
    /// The participants with a demo delegate (`bw-delegate`, …). Botswana chairs the demo's current year.
    static let delegates = ["BW", "EU", "ZA", "AE", "IN", "CA"]

    let store: Store
    let accounts: [String: Account]

    func principal(_ code: String) throws -> Principal {
        let username = "\(code.lowercased())-delegate"
        guard let account = accounts[username] else { throw DemoError.missing(username) }
        return Principal(accountId: account.id, username: username, role: .delegate, authority: nil, delegation: code)
    }

    func create() async throws {
        guard let admin = accounts["demo-admin"] else { throw DemoError.missing("demo-admin") }
        let administrator = Principal(
            accountId: admin.id, username: admin.username, role: .administrator, authority: nil)
        let now = store.configuration.now()
        let year = CalendarDate(utcDayOf: now).year
        _ = try await store.governance.setChairmanship(
            year: year, ChairmanshipDraft(chair: "BW", viceChair: "EU"), by: administrator)
        try await archived2020(by: administrator)
        try await meetings(year: year, by: administrator)
        try await DemoBodies(store: store).create(year: year, by: administrator, chairOfCPC: try principal("EU"))
        try await DemoPlenary(store: store, governance: self).create(by: administrator)
        let day: TimeInterval = 86_400
        // Blocked: proposed and opened five weeks ago, one objection before the deadline three weeks ago.
        try await procedure(
            titles: (
                "Review of the footprint of the Working Group of Diamond Experts (demo)",
                "Révision de l'empreinte du Groupe de travail des experts en diamants (démo)"
            ),
            texts: (
                "The participants ask the WGDE to review the footprints of rough diamonds by the next Plenary.",
                """
                Les participants demandent au WGDE de revoir les empreintes des diamants bruts d'ici la prochaine\
                 plénière.
                """
            ),
            effect: nil, opened: now.addingTimeInterval(-35 * day), days: 14,
            stances: [
                ("EU", "supports", nil), ("ZA", "supports", nil),
                ("AE", "objects", "The review should wait for the ad hoc committee's report."),
            ])
        // Adopted: the EU elected Vice-Chair for this year, so it chairs next year.
        try await procedure(
            titles: (
                "Election of the Vice-Chair for \(year) (demo)", "Élection de la vice-présidence pour \(year) (démo)"
            ),
            texts: (
                "The participants elect the European Union as Vice-Chair for \(year); it becomes Chair in \(year + 1).",
                """
                Les participants élisent l'Union européenne à la vice-présidence pour \(year) ; elle préside en\
                 \(year + 1).
                """
            ),
            effect: DecisionEffectDraft(kind: "elect-vice-chair", participant: "EU", year: year),
            opened: now.addingTimeInterval(-30 * day), days: 14,
            stances: [("BW", "supports", nil), ("ZA", "supports", nil), ("IN", "no-objection", nil)])
        // Open: the demo delegates can answer it.
        try await procedure(
            titles: (
                "Budget of the KP Secretariat for \(year + 1) (demo)",
                "Budget du Secrétariat du PK pour \(year + 1) (démo)"
            ),
            texts: (
                """
                The participants approve the budget of the Permanent Secretariat for \(year + 1) as circulated by the\
                 Chair.
                """,
                """
                Les participants approuvent le budget du Secrétariat permanent pour \(year + 1) tel que diffusé par la\
                 présidence.
                """
            ),
            effect: nil, opened: now.addingTimeInterval(-2 * day), days: 12, stances: [("CA", "supports", nil)])
        try await store.governance.closeDue()
    }

    /// A written procedure proposed by the EU, opened by the Chair (Botswana) at `opened`, with stances recorded
    /// over the following days.
    func procedure(
        titles: (String, String), texts: (String, String), effect: DecisionEffectDraft?, opened: Date, days: Double,
        stances: [(String, String, String?)]
    ) async throws {
        let then = store.at(opened.addingTimeInterval(-3600))
        let proposed = try await then.governance.propose(
            DecisionDraft(titleEn: titles.0, titleFr: titles.1, textEn: texts.0, textFr: texts.1, effect: effect),
            by: try principal("EU"))
        let id = proposed.decision.id
        _ = try await store.at(opened).governance.openWrittenProcedure(
            id, WrittenProcedureDraft(closesAt: Timestamp.string(opened.addingTimeInterval(days * 86_400))),
            by: try principal("BW"))
        for (offset, stance) in stances.enumerated() {
            _ = try await store.at(opened.addingTimeInterval(Double(offset + 1) * 3 * 3600)).governance.recordStance(
                id, StanceDraft(position: stance.1, reason: stance.2), by: try principal(stance.0))
        }
    }

    /// Two meetings: the 2023 Plenary as the KP's record has it (Victoria Falls, hybrid, 6–10 November, ended with
    /// no communiqué; attendance not recorded), and a demo Intersessional of the current year in Gaborone with its
    /// agenda, who was present (the demo delegates' participants, WDC and CSC, a guest of the Chair) and no
    /// communiqué, which only a Plenary has.
    func meetings(year: Int, by administrator: Principal) async throws {
        let victoriaFalls = try await store.governance.recordMeeting(
            MeetingDraft(
                kind: "plenary", titleEn: "Kimberley Process Plenary 2023",
                titleFr: "Réunion plénière 2023 du Processus de Kimberley", startsOn: "2023-11-06",
                endsOn: "2023-11-10", format: "hybrid", place: "Victoria Falls, Zimbabwe"),
            by: administrator)
        _ = try await store.governance.setCommunique(
            victoriaFalls.id, CommuniqueDraft(none: true), by: administrator)
        let gaborone = try await store.governance.recordMeeting(
            MeetingDraft(
                kind: "intersessional", titleEn: "Intersessional meeting \(year) (demo)",
                titleFr: "Réunion intersessions \(year) (démo)", startsOn: "\(year)-06-09", endsOn: "\(year)-06-12",
                format: "hybrid", place: "Gaborone, Botswana",
                agenda: [
                    AgendaItemDraft(titleEn: "Opening by the Chair", titleFr: "Ouverture par la présidence"),
                    AgendaItemDraft(
                        titleEn: "Reports of the working bodies", titleFr: "Rapports des organes de travail"),
                    AgendaItemDraft(
                        titleEn: "Written procedures of the year", titleFr: "Procédures écrites de l'année"),
                ]),
            by: try principal("BW"))
        _ = try await store.governance.setAttendance(
            gaborone.id,
            AttendanceDraft(
                participants: Self.delegates, organisations: ["WDC", "CSC"],
                guests: [GuestDraft(name: "Demo Guest", affiliation: "Guest of the Chair (demo)")]),
            by: try principal("BW"))
    }

    /// The written procedure of 2020, when there was no Chair: Russia's turn moved to 2021 and Botswana's to 2022;
    /// 46 participants supported and none objected by 18 August 2020 (`shared/reference/scheme.md`). Which 46 is
    /// not in the record kpcs has: the demo takes the first 46 active participants by code.
    func archived2020(by administrator: Principal) async throws {
        let active = try await store.registry.participants(status: .active).filter { !$0.isMemberState }.map(\.code)
        _ = try await store.governance.recordArchived(
            ArchivedDecisionDraft(
                titleEn: "Chairmanships of 2021 and 2022",
                titleFr: "Présidences de 2021 et 2022",
                textEn: """
                    With no Chair in 2020 (COVID-19), the Russian Federation chairs the Kimberley Process in 2021 and\
                     Botswana in 2022.
                    """,
                textFr: """
                    En l'absence de présidence en 2020 (COVID-19), la Fédération de Russie préside le Processus de\
                     Kimberley en 2021 et le Botswana en 2022.
                    """,
                proposer: "RU", venue: "wp", openedAt: "2020-07-20T00:00Z", closesAt: "2020-08-18T23:59Z", quorum: 0,
                stances: active.prefix(46).map { .init(participant: $0, position: "supports") }),
            by: administrator)
    }
}

/// A demo account the demo expects is missing.
enum DemoError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case .missing(let name): return "the demo account \(name) is missing"
        }
    }
}
