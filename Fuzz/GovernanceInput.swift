// libFuzzer target: the governance rules over request values as they arrive: a written procedure's deadline
// (`UTCInstant.parse`, then `DecisionRules.checkDeadline`), a stance (`validateStance`), an observer's comment, a
// proposal with an effect, participant or body (`DecisionRules.validate`), a record from the archive (participants,
// venue, times, quorum and stances), a seat on a body (`WorkingBodyRules.validate`), a meeting, its attendance and
// an application (`MeetingRules.validate`, `ParticipationRules.validate`). Lines of the input are the fields.
// Checks: nothing traps; a deadline read is written as an instant that reads back as the same instant; an accepted
// deadline lies between the notice and 180 days; an accepted seat ends no earlier than it starts; every refusal
// names its field.
// fuzz-modules: KPCSCore
import Foundation
import KPCSCore

let now = Date(timeIntervalSince1970: 1_796_000_000)
let participants: [String: Participant] = Dictionary(
    uniqueKeysWithValues: [
        ("BW", "BW", ParticipantStatus.active), ("AE", "AE", .suspended), ("BE", "EU", .active),
        ("EU", "EU", .active), ("CF", "CF", .candidate),
    ].map {
        (
            $0.0,
            Participant(
                code: $0.0, nameEn: $0.0, nameFr: $0.0, kind: .country, participantCode: $0.1, status: $0.2,
                joined: nil, region: "x")
        )
    })
let organisations: Set<String> = ["WDC", "KPCSC", "ADPA"]
let cpc = WorkingBody(
    id: 1, code: "CPC", kind: .committee, nameEn: "Participation", nameFr: "Participation",
    seats: [
        BodySeat(
            id: 1, holder: .participant("BW"), role: .chair, startsOn: CalendarDate(year: 2026, month: 1, day: 1)!,
            endsOn: nil)
    ])
let dissolved = WorkingBody(
    id: 2, code: "ADHOC", kind: .adHoc, nameEn: "Review", nameFr: "Examen",
    dissolvedOn: CalendarDate(year: 2025, month: 6, day: 1)!)
let bodies = ["CPC": cpc, "ADHOC": dissolved]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func line(_ index: Int) -> String? { index < lines.count ? lines[index] : nil }

    if let instant = UTCInstant.parse(lines[0]) {
        let written = Timestamp.string(instant)
        require(UTCInstant.parse(written) == Timestamp.date(written), "\(written) reads back as another instant")
    }
    do {
        let deadline = try DecisionRules.checkDeadline(
            WrittenProcedureDraft(closesAt: lines[0]), now: now, minimumNotice: 86_400)
        guard let instant = Timestamp.date(deadline) else {
            fatalError("GovernanceInput: \(deadline) is not an instant")
        }
        require(instant >= now.addingTimeInterval(86_400 - 0.001), "a deadline before the notice was accepted")
        require(instant <= now.addingTimeInterval(180 * 86_400 + 0.001), "a deadline after 180 days was accepted")
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }

    do { _ = try DecisionRules.validateStance(StanceDraft(position: line(1), reason: line(2))) } catch let error
        as KPCSError
    { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }
    do { _ = try DecisionRules.validateComment(CommentDraft(position: line(1), text: line(2))) } catch let error
        as KPCSError
    { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }

    let year = line(4).flatMap { $0.utf8.count <= 20 ? Int($0) : nil }
    let effect = DecisionEffectDraft(
        kind: line(3), participant: line(5), year: year, exportZones: lines.count > 6 ? Array(lines[6...]) : nil,
        body: line(6), bodyKind: line(7), nameEn: line(1), nameFr: line(2), organisation: line(5), role: line(7),
        textEn: line(2), textFr: line(1))
    do {
        _ = try DecisionRules.validate(
            DecisionDraft(titleEn: line(2), titleFr: line(1), textEn: line(2), textFr: line(0), effect: effect),
            participants: participants, bodies: bodies, organisations: organisations)
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }

    let stances = lines.dropFirst(5).map { record -> ArchivedDecisionDraft.StanceRecord in
        let parts = record.split(separator: " ", maxSplits: 1).map(String.init)
        return .init(participant: parts.first, position: parts.count > 1 ? parts[1] : nil)
    }
    do {
        _ = try DecisionRules.validate(
            ArchivedDecisionDraft(
                titleEn: line(2), titleFr: line(2), textEn: line(2), textFr: line(2), proposer: line(5),
                venue: line(3), openedAt: line(0), closesAt: line(1), quorum: year, stances: stances),
            participants: participants, now: now)
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }

    for body in [cpc, dissolved] {
        do {
            let seat = try WorkingBodyRules.validate(
                SeatDraft(holderKind: line(3), code: line(5), role: line(7), startsOn: line(0), endsOn: line(1)),
                body: body, participants: participants, organisations: organisations, accounts: ["delegate.bw"])
            require(seat.endsOn.map { seat.startsOn <= $0 } ?? true, "a seat that ends before it starts")
        } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }
    }
    do {
        _ = try MeetingRules.validate(
            MeetingDraft(
                kind: line(3), titleEn: line(2), titleFr: line(1), startsOn: line(0), endsOn: line(1),
                format: line(7), place: line(4),
                agenda: lines.dropFirst(6).map { AgendaItemDraft(titleEn: $0, titleFr: $0) }))
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }
    do {
        _ = try MeetingRules.validate(
            AttendanceDraft(
                participants: Array(lines.dropFirst(5)), organisations: line(3).map { [$0] },
                guests: line(2).map { [GuestDraft(name: $0, affiliation: line(1))] }),
            participants: participants, organisations: organisations)
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }
    do {
        _ = try ParticipationRules.validate(
            ApplicationDraft(
                candidate: line(5), letterEn: line(2), letterFr: line(1),
                contacts: lines.dropFirst(6).map { ContactDraft(name: $0, function: line(3), email: $0) }))
    } catch let error as KPCSError { requireNamed(error) } catch { fatalError("GovernanceInput: \(error)") }
    return 0
}

/// A refusal says what is wrong in both languages, and a validation failure names each field.
private func requireNamed(_ error: KPCSError) {
    require(!error.detail(in: .en).isEmpty && !error.detail(in: .fr).isEmpty, "a refusal without its text")
    if error.kind == .invalid { require(error.violations.allSatisfy { $0.pointer.hasPrefix("/") }, "a field unnamed") }
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("GovernanceInput: " + message()) }
}
