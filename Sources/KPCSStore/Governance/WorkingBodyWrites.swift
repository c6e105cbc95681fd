import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Giving and ending seats on a body. Each is one transaction; a seat of a participant or an organisation is a
/// public `body.seat` leaf of the transparency log, written in it (a person's seat is not public, and has none).
extension GovernanceStore {
    /// Gives a seat on a body; a chair or vice-chair succeeds the one in office.
    public func addSeat(to code: String, _ draft: SeatDraft, by principal: Principal) async throws -> WorkingBody {
        try principal.require(.administrator, .delegate)
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            let body = try await Self.workingBody(code, in: db)
            let kind = draft.holderKind.flatMap(SeatHolderKind.init(rawValue:)) ?? .participant
            let year = draft.startsOn.flatMap(CalendarDate.init(iso:))?.year ?? CalendarDate(utcDayOf: now).year
            try WorkingBodyRules.authorizeSeat(
                principal, holder: kind, chair: try await Self.chair(of: year, in: db), year: year)
            let organisations = try await Self.organisationCodes(in: db)
            var accounts = Set<String>()
            if kind == .person, let username = draft.code,
                try await db.raw("SELECT id FROM accounts WHERE username = \(bind: username)").first() != nil
            {
                accounts.insert(username)
            }
            let seat = try WorkingBodyRules.validate(
                draft, body: body, participants: try await Self.participantsByCode(in: db),
                organisations: organisations, accounts: accounts)
            try await db.writeSeat(seat, on: body, decision: nil, by: principal.accountId, at: recordedAt)
            return try await Self.workingBody(code, in: db)
        }
    }

    /// Ends a seat's term on a day (never later than an end already recorded).
    public func endSeat(
        _ id: Int64, of code: String, _ draft: SeatEndDraft, by principal: Principal
    ) async throws -> WorkingBody {
        try principal.require(.administrator, .delegate)
        let recordedAt = Timestamp.string(now)
        return try await transaction { db in
            let body = try await Self.workingBody(code, in: db)
            guard let seat = body.seats.first(where: { $0.id == id }) else {
                throw KPCSError.notFound(WorkingBodyMessage.seatUnknown(body: body.code, id: String(id)))
            }
            let year = draft.endsOn.flatMap(CalendarDate.init(iso:))?.year ?? seat.startsOn.year
            try WorkingBodyRules.authorizeSeat(
                principal, holder: seat.holder.kind, chair: try await Self.chair(of: year, in: db), year: year)
            let endsOn = try WorkingBodyRules.validateEnd(draft, of: seat)
            try await db.endSeat(seat, on: body, endsOn: endsOn, at: recordedAt)
            return try await Self.workingBody(code, in: db)
        }
    }
}

extension BusinessTransaction {
    /// Writes a checked seat and ends the seats it succeeds, each with its leaf unless it is a person's.
    func writeSeat(
        _ seat: ValidSeat, on body: WorkingBody, decision: (id: Int64, number: String)?, by accountId: Int64?,
        at recordedAt: String
    ) async throws {
        for (id, endsOn) in seat.succeeded {
            guard let before = body.seats.first(where: { $0.id == id }) else { continue }
            try await endSeat(before, on: body, endsOn: endsOn, at: recordedAt)
        }
        var participant: String?
        var organisationId: Int64?
        var accountIdOfPerson: Int64?
        switch seat.holder {
        case .participant(let code): participant = code
        case .organisation(let code):
            organisationId = try await raw("SELECT id FROM observer_organisations WHERE code = \(bind: code)")
                .first()?.int("id")
        case .person(let username):
            accountIdOfPerson = try await raw("SELECT id FROM accounts WHERE username = \(bind: username)")
                .first()?.int("id")
        }
        let row = try await raw(
            """
            INSERT INTO body_seats (body_id, holder_kind, participant_code, organisation_id, account_id, role,\
             starts_on, ends_on, decision_id, recorded_at, recorded_by) VALUES (\(bind: body.id),\
             \(bind: seat.holder.kind.rawValue), \(bind: participant), \(bind: organisationId),\
             \(bind: accountIdOfPerson), \(bind: seat.role.rawValue), \(bind: seat.startsOn.description),\
             \(bind: seat.endsOn?.description), \(bind: decision?.id), \(bind: recordedAt), \(bind: accountId))
            RETURNING id
            """
        ).first()
        guard let id = try row?.int("id") else { throw StoreCorruption.badValue("id", "none returned") }
        let written = BodySeat(
            id: id, holder: seat.holder, role: seat.role, startsOn: seat.startsOn, endsOn: seat.endsOn,
            decisionId: decision?.id)
        try await logSeat(written, of: body, number: decision?.number, at: recordedAt)
    }

    /// Ends a seat's term on a day, with its leaf unless it is a person's.
    func endSeat(_ seat: BodySeat, on body: WorkingBody, endsOn: CalendarDate, at recordedAt: String) async throws {
        try await raw("UPDATE body_seats SET ends_on = \(bind: endsOn.description) WHERE id = \(bind: seat.id)").run()
        var ended = seat
        ended.endsOn = endsOn
        try await logSeat(ended, of: body, number: nil, at: recordedAt)
    }

    private func logSeat(_ seat: BodySeat, of body: WorkingBody, number: String?, at recordedAt: String) async throws {
        guard seat.holder.kind != .person else { return }
        var details: [String: JSONValue] = [
            "body": .string(body.code), "seat": .integer(seat.id), "holder_kind": .string(seat.holder.kind.rawValue),
            "holder": .string(seat.holder.code), "role": .string(seat.role.rawValue),
            "starts_on": .string(seat.startsOn.description),
            "ends_on": seat.endsOn.map { .string($0.description) } ?? .null,
        ]
        if let decision = seat.decisionId { details["decision"] = .integer(decision) }
        if let number { details["number"] = .string(number) }
        _ = try await appendToLog(.governance("body.seat", at: recordedAt, details: details))
    }

    /// Puts an account on the Chair's office or the WGS from today, or takes it off both (nil), ending the seats
    /// it held there. What the statistics issue's `body` of an account writes.
    func setPersonSeat(
        username: String, body: SchemeBody?, by recorder: Int64?, at recordedAt: String
    ) async throws {
        let today = CalendarDate(utcDayOf: context.configuration.now())
        for scheme in SchemeBody.allCases {
            let office = try await GovernanceStore.workingBody(scheme.bodyCode, in: self)
            let held = office.seats(on: today).filter { $0.holder == .person(username) }
            if scheme == body {
                if held.isEmpty {
                    let seat = try WorkingBodyRules.seat(
                        holder: .person(username), role: .member, startsOn: today, endsOn: nil, on: office)
                    try await writeSeat(seat, on: office, decision: nil, by: recorder, at: recordedAt)
                }
            } else {
                for seat in held { try await endSeat(seat, on: office, endsOn: today, at: recordedAt) }
            }
        }
    }
}
