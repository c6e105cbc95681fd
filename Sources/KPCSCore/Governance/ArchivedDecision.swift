import Foundation

/// A decision taken before kpcs, as the KP's record gives it (a communiqué, a written procedure's circular): its
/// texts, proposer, venue, dates and the stances the record counts. kpcs computes its outcome with the same rule
/// as any other, and applies no effect: what it decided already holds in the registry and the chair table.
public struct ArchivedDecisionDraft: Codable, Sendable, Equatable {
    /// One stance as the record gives it.
    public struct StanceRecord: Codable, Sendable, Equatable {
        public var participant: String?
        public var position: String?

        public init(participant: String? = nil, position: String? = nil) {
            self.participant = participant
            self.position = position
        }
    }

    public var titleEn: String?
    public var titleFr: String?
    public var textEn: String?
    public var textFr: String?
    public var proposer: String?
    public var venue: String?
    public var openedAt: String?
    public var closesAt: String?
    public var quorum: Int?
    public var stances: [StanceRecord]?

    public init(
        titleEn: String? = nil, titleFr: String? = nil, textEn: String? = nil, textFr: String? = nil,
        proposer: String? = nil, venue: String? = nil, openedAt: String? = nil, closesAt: String? = nil,
        quorum: Int? = nil, stances: [StanceRecord]? = nil
    ) {
        self.titleEn = titleEn
        self.titleFr = titleFr
        self.textEn = textEn
        self.textFr = textFr
        self.proposer = proposer
        self.venue = venue
        self.openedAt = openedAt
        self.closesAt = closesAt
        self.quorum = quorum
        self.stances = stances
    }
}

/// An archived decision that passed the rules.
public struct ValidArchivedDecision: Sendable, Equatable {
    public var texts: ValidDecision
    public var proposer: String
    public var venue: DecisionVenue
    public var openedAt: String
    public var closesAt: String
    public var quorum: Int
    public var stances: [(participant: String, position: StancePosition)]

    public static func == (left: Self, right: Self) -> Bool {
        left.texts == right.texts && left.proposer == right.proposer && left.venue == right.venue
            && left.closesAt == right.closesAt && left.stances.map(\.participant) == right.stances.map(\.participant)
    }
}

extension DecisionRules {
    /// The most stances an archived record may list (every participant once).
    public static let maximumArchivedStances = 100

    /// An archived record: texts in both languages, a proposer, a venue, an opening before a deadline that has
    /// passed, a quorum of 0 to 200, and at most one stance per participant, each a known participant that is not
    /// a member state.
    public static func validate(
        _ draft: ArchivedDecisionDraft, participants: [String: Participant], now: Date
    ) throws -> ValidArchivedDecision {
        var violations: [Violation] = []
        var texts: ValidDecision?
        do {
            texts = try validate(
                DecisionDraft(
                    titleEn: draft.titleEn, titleFr: draft.titleFr, textEn: draft.textEn, textFr: draft.textFr),
                participants: participants, bodies: [:], organisations: [])
        } catch let error as KPCSError { violations += error.violations }
        func participant(_ code: String?, _ pointer: String) -> String? {
            guard let code = code.map(CertificateNumber.normalized) else {
                violations.append(Violation(pointer, RequestMessage.fieldRequired(field: String(pointer.dropFirst()))))
                return nil
            }
            guard let found = participants[code], !found.isMemberState else {
                violations.append(Violation(pointer, RegistryMessage.participantUnknown(code: code)))
                return nil
            }
            return code
        }
        let proposer = participant(draft.proposer, "/proposer")
        let venue = draft.venue.flatMap(DecisionVenue.init(rawValue:))
        if venue == nil {
            violations.append(
                Violation(
                    "/venue",
                    RequestMessage.fieldValueInvalid(
                        field: "venue", value: draft.venue ?? "",
                        allowed: DecisionVenue.allCases.map(\.rawValue).joined(separator: ", "))))
        }
        func instant(_ text: String?, _ pointer: String) -> Date? {
            guard let text, let date = UTCInstant.parse(text) else {
                violations.append(
                    Violation(pointer, GovernanceMessage.deadlineInvalid(field: String(pointer.dropFirst()))))
                return nil
            }
            return date
        }
        let opened = instant(draft.openedAt, "/openedAt")
        let closes = instant(draft.closesAt, "/closesAt")
        if let opened, let closes, !(opened <= closes && closes <= now) {
            violations.append(Violation("/closesAt", GovernanceMessage.archiveNotClosed))
        }
        let quorum = draft.quorum ?? 0
        if !(0...200).contains(quorum) {
            violations.append(
                Violation("/quorum", RequestMessage.pageInvalid(field: "quorum", minimum: "0", maximum: "200")))
        }
        var stances: [(participant: String, position: StancePosition)] = []
        let records = draft.stances ?? []
        if records.count > maximumArchivedStances {
            violations.append(
                Violation(
                    "/stances",
                    RequestMessage.textTooManyLines(field: "stances", maximum: String(maximumArchivedStances))))
        } else {
            for (index, record) in records.enumerated() {
                let pointer = "/stances/\(index)"
                guard let code = participant(record.participant, pointer + "/participant") else { continue }
                guard let position = record.position.flatMap(StancePosition.init(rawValue:)) else {
                    violations.append(
                        Violation(
                            pointer + "/position", GovernanceMessage.positionUnknown(position: record.position ?? "")))
                    continue
                }
                if stances.contains(where: { $0.participant == code }) {
                    violations.append(
                        Violation(pointer + "/participant", GovernanceMessage.archiveStanceTwice(participant: code)))
                    continue
                }
                stances.append((code, position))
            }
        }
        guard violations.isEmpty, let texts, let proposer, let venue, let opened, let closes else {
            throw KPCSError.validation(violations)
        }
        return ValidArchivedDecision(
            texts: texts, proposer: proposer, venue: venue, openedAt: Timestamp.string(opened),
            closesAt: Timestamp.string(closes), quorum: quorum, stances: stances)
    }
}
