import Foundation

/// An import confirmation as it arrives: receipt with per-line quantities, or a refusal with a reason.
public struct ConfirmationDraft: Codable, Sendable, Equatable {
    /// `received` (the default) or `refused`.
    public var outcome: String?
    public var receivedOn: String?
    public var lines: [ReceivedLineDraft]?
    public var reason: String?

    public init(
        outcome: String? = nil, receivedOn: String? = nil, lines: [ReceivedLineDraft]? = nil, reason: String? = nil
    ) {
        self.outcome = outcome
        self.receivedOn = receivedOn
        self.lines = lines
        self.reason = reason
    }

    public struct ReceivedLineDraft: Codable, Sendable, Equatable {
        public var hsCode: String?
        public var caratsX100: Int64?
        public var parcels: Int64?

        public init(hsCode: String?, caratsX100: Int64?, parcels: Int64?) {
            self.hsCode = hsCode
            self.caratsX100 = caratsX100
            self.parcels = parcels
        }
    }
}

/// The longest free text kpcs stores (reasons).
public let maximumReasonLength = 2000

/// The rules of confirming receipt of a certificate, as pure functions.
public enum ConfirmationRules {
    /// Only an importing authority of the importing participant may confirm or refuse, and only once.
    public static func authorize(_ principal: Principal, certificate: Certificate) throws -> Authority {
        let authority = try principal.officerAuthority()
        guard authority.participantCode == certificate.importingParticipant else {
            throw KPCSError.forbidden(
                CertificateMessage.confirmNotImportingParticipant(
                    participant: certificate.importingParticipant, number: certificate.number))
        }
        guard authority.canImport else {
            throw KPCSError.forbidden(CertificateMessage.authorityCannotImport(authority: authority.name))
        }
        // Every answer (confirmed, discrepancy, refused) is allowed from the same states.
        try certificate.checkMove(to: .confirmed)
        return authority
    }

    /// Validates the draft against the certificate and decides the outcome: `confirmed` when every received
    /// quantity equals the certified one, `discrepancy` otherwise, or `refused`.
    public static func decide(
        _ draft: ConfirmationDraft, certificate: Certificate, authority: Authority, today: CalendarDate,
        recordedAt: String
    ) throws -> Confirmation {
        var violations: [Violation] = []
        let receivedOn = checkReceivedOn(
            draft.receivedOn, required: draft.outcome != "refused", certificate: certificate, today: today,
            into: &violations)
        switch draft.outcome ?? "received" {
        case "refused":
            let reason = ReasonRule.check(draft.reason, pointer: "/reason", into: &violations)
            guard violations.isEmpty, let reason else { throw KPCSError.validation(violations) }
            return Confirmation(
                outcome: .refused, receivedOn: receivedOn, reason: reason, lines: [], differences: [],
                recordedAt: recordedAt, authorityId: authority.id)
        case "received":
            let lines = checkLines(draft.lines, certificate: certificate, into: &violations)
            let note = draft.reason.flatMap { text in
                text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    ? nil : ReasonRule.check(text, pointer: "/reason", into: &violations)
            }
            guard violations.isEmpty, let lines else { throw KPCSError.validation(violations) }
            let differences = differences(certified: certificate.lines, received: lines)
            return Confirmation(
                outcome: differences.isEmpty ? .confirmed : .discrepancy, receivedOn: receivedOn,
                reason: note, lines: lines, differences: differences, recordedAt: recordedAt,
                authorityId: authority.id)
        case let other:
            violations.append(Violation("/outcome", CertificateMessage.outcomeUnknown(outcome: other)))
            throw KPCSError.validation(violations)
        }
    }

    /// Certified against received, line by line, for the lines that differ.
    public static func differences(certified: [CertificateLine], received: [ReceivedLine]) -> [LineDifference] {
        certified.compactMap { line in
            guard let got = received.first(where: { $0.hsCode == line.hsCode }) else { return nil }
            guard got.caratsX100 != line.caratsX100 || got.parcels != line.parcels else { return nil }
            return LineDifference(
                hsCode: line.hsCode, certifiedCaratsX100: line.caratsX100, receivedCaratsX100: got.caratsX100,
                certifiedParcels: line.parcels, receivedParcels: got.parcels)
        }
    }

    static func checkReceivedOn(
        _ text: String?, required: Bool, certificate: Certificate, today: CalendarDate,
        into violations: inout [Violation]
    ) -> CalendarDate? {
        guard let text else {
            if required {
                violations.append(Violation("/receivedOn", RequestMessage.fieldRequired(field: "receivedOn")))
            }
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            violations.append(Violation("/receivedOn", RequestMessage.dateInvalid(field: "receivedOn")))
            return nil
        }
        if date < certificate.issuedOn {
            violations.append(
                Violation(
                    "/receivedOn",
                    CertificateMessage.receivedBeforeIssue(received: text, issued: certificate.issuedOn.description))
            )
        } else if date > today {
            violations.append(Violation("/receivedOn", CertificateMessage.receivedInFuture(received: text)))
        }
        return date
    }

    static func checkLines(
        _ drafts: [ConfirmationDraft.ReceivedLineDraft]?, certificate: Certificate, into violations: inout [Violation]
    ) -> [ReceivedLine]? {
        let expected = certificate.lines.map(\.hsCode.rawValue).joined(separator: ", ")
        guard let drafts, drafts.count == certificate.lines.count else {
            violations.append(Violation("/lines", CertificateMessage.confirmationLinesMismatch(hsCodes: expected)))
            return nil
        }
        var lines: [ReceivedLine] = []
        var seen: Set<HSCode> = []
        for (index, draft) in drafts.enumerated() {
            let base = "/lines/\(index)"
            guard let text = draft.hsCode else {
                violations.append(
                    Violation("\(base)/hsCode", RequestMessage.fieldRequired(field: "lines[\(index)].hsCode")))
                continue
            }
            guard let hsCode = HSCode(rawValue: text), certificate.lines.contains(where: { $0.hsCode == hsCode }),
                seen.insert(hsCode).inserted
            else {
                violations.append(
                    Violation("\(base)/hsCode", CertificateMessage.confirmationLinesMismatch(hsCodes: expected)))
                continue
            }
            let carats = QuantityBounds.check(
                draft.caratsX100, minimum: 0, maximum: QuantityBounds.maximumCaratsX100, pointer: "\(base)/caratsX100",
                name: "lines[\(index)].caratsX100", into: &violations)
            let parcels = QuantityBounds.check(
                draft.parcels, minimum: 0, maximum: QuantityBounds.maximumParcels, pointer: "\(base)/parcels",
                name: "lines[\(index)].parcels", into: &violations)
            if let carats, let parcels {
                lines.append(ReceivedLine(hsCode: hsCode, caratsX100: carats, parcels: parcels))
            }
        }
        return lines.count == certificate.lines.count ? lines.sorted { $0.hsCode < $1.hsCode } : nil
    }

}

/// A reason is required, trimmed, and at most ``maximumReasonLength`` characters.
public enum ReasonRule {
    public static func check(_ text: String?, pointer: String, into violations: inout [Violation]) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else {
            violations.append(Violation(pointer, CertificateMessage.reasonMissing))
            return nil
        }
        guard trimmed.count <= maximumReasonLength else {
            violations.append(
                Violation(
                    pointer,
                    RequestMessage.textTooLong(field: String(pointer.dropFirst()), maximum: String(maximumReasonLength))
                )
            )
            return nil
        }
        return trimmed
    }

    /// Throws the validation error when the reason is missing or too long.
    public static func require(_ text: String?, pointer: String = "/reason") throws -> String {
        var violations: [Violation] = []
        guard let reason = check(text, pointer: pointer, into: &violations) else {
            throw KPCSError.validation(violations)
        }
        return reason
    }
}

/// The rules of voiding a certificate.
public enum VoidRules {
    /// Only an officer of the issuing authority may void, and only an issued certificate.
    public static func authorize(_ principal: Principal, certificate: Certificate) throws {
        let authority = try principal.officerAuthority()
        guard authority.id == certificate.issuingAuthorityId else {
            throw KPCSError.forbidden(CertificateMessage.voidNotIssuingAuthority(number: certificate.number))
        }
        try certificate.checkMove(to: .voided)
    }
}

/// The rule of expiry: an issued certificate unconfirmed after its expiry day is expired.
public enum ExpiryRule {
    /// The last day on which a certificate expiring `expiresOn` is still valid is `expiresOn` itself.
    public static func isExpired(_ certificate: Certificate, today: CalendarDate) -> Bool {
        isDue(certificate.state, expiresOn: certificate.expiresOn, today: today)
    }

    /// A certificate's state as read on `today`: one still `issued` after its expiry day reads `expired`, whether or
    /// not the expiry job has run yet.
    public static func state(
        _ stored: CertificateState, expiresOn: CalendarDate, today: CalendarDate
    ) -> CertificateState {
        isDue(stored, expiresOn: expiresOn, today: today) ? .expired : stored
    }

    /// Whether a certificate in `stored` expiring `expiresOn` is due to expire on `today`: the one rule behind
    /// ``isExpired(_:today:)`` and ``state(_:expiresOn:today:)``.
    static func isDue(_ stored: CertificateState, expiresOn: CalendarDate, today: CalendarDate) -> Bool {
        stored.canMove(to: .expired) && expiresOn <= latestExpiredDay(today: today)
    }

    /// The latest expiry day that has passed on `today`: certificates expiring on it or before are due to expire.
    public static func latestExpiredDay(today: CalendarDate) -> CalendarDate {
        today.adding(days: -1)
    }
}

extension ConfirmationDraft.ReceivedLineDraft {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            hsCode: try container.decodeIfPresent(String.self, forKey: .hsCode),
            caratsX100: try container.decodeWholeNumber(forKey: .caratsX100),
            parcels: try container.decodeWholeNumber(forKey: .parcels))
    }
}
