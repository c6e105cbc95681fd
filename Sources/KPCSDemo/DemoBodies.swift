import KPCSCore
import KPCSStore

/// The demo's bodies of the scheme, for the current year: who sits on the WGS, the WGM, the CPC and the WGDE, with
/// their chairs, and a meeting of the CPC during the Intersessional, recorded by the delegate of the participant
/// chairing it. Invented for the demo, but for the WDC chairing the WGDE (`shared/reference/scheme.md`); the
/// administrator gives the seats, as a correction of the record would.
struct DemoBodies {
    let store: Store

    /// Each body's seats: holder kind, code and role.
    static let seats: [(body: String, seats: [(SeatHolderKind, String, SeatRole)])] = [
        (
            "WGS",
            [
                (.participant, "ZA", .chair), (.participant, "BW", .member), (.participant, "EU", .member),
                (.participant, "IN", .member), (.participant, "CA", .member), (.organisation, "WDC", .member),
                (.organisation, "CSC", .member),
            ]
        ),
        (
            "WGM",
            [
                (.participant, "CA", .chair), (.participant, "EU", .viceChair), (.participant, "AE", .member),
                (.organisation, "CSC", .member),
            ]
        ),
        ("CPC", [(.participant, "EU", .chair), (.participant, "BW", .member), (.participant, "ZA", .member)]),
        ("WGDE", [(.organisation, "WDC", .chair), (.participant, "AE", .member), (.participant, "IN", .member)]),
    ]

    func create(year: Int, by administrator: Principal, chairOfCPC: Principal) async throws {
        for (body, seats) in Self.seats {
            for (kind, code, role) in seats {
                _ = try await store.governance.addSeat(
                    to: body,
                    SeatDraft(holderKind: kind.rawValue, code: code, role: role.rawValue, startsOn: "\(year)-01-01"),
                    by: administrator)
            }
        }
        let meeting = try await store.governance.recordMeeting(
            MeetingDraft(
                kind: "working-body", body: "CPC", titleEn: "Committee on Participation and Chairmanship (demo)",
                titleFr: "Comité de participation et de présidence (démo)", startsOn: "\(year)-06-10",
                endsOn: "\(year)-06-10", format: "online",
                agenda: [
                    AgendaItemDraft(titleEn: "Applications for participation", titleFr: "Demandes de participation"),
                    AgendaItemDraft(titleEn: "Vice-Chair for next year", titleFr: "Vice-présidence de l'an prochain"),
                ]),
            by: chairOfCPC)
        _ = try await store.governance.setAttendance(
            meeting.id, AttendanceDraft(participants: ["EU", "BW", "ZA"]), by: chairOfCPC)
    }
}
