import KPCSCore
import KPCSSeal
import Testing

@testable import KPCSServer

/// Every message of every capability (Core's, the seal's, the server's HTTP and web messages) has an English and a
/// French text that both show the message's values, and no two messages share a code (a problem's `type`).
@Suite struct MessageKeyTests {
    @Test func everyMessageOfEveryCapabilityHasBothTexts() {
        MessageExamples.check(MessageExamples.request)
        MessageExamples.check(ServiceMessage.allCases)
        MessageExamples.check(MessageExamples.registry)
        MessageExamples.check(MessageExamples.certificates)
        MessageExamples.check(MessageExamples.statistics)
        MessageExamples.check(MessageExamples.accounts)
        MessageExamples.check(MessageExamples.governance)
        MessageExamples.check(MessageExamples.meetings)
        MessageExamples.check(MessageExamples.bodies)
        MessageExamples.check(MessageExamples.zones)
        MessageExamples.check(MessageExamples.annualReports)
        MessageExamples.check(MessageExamples.peerReviews)
        MessageExamples.check(MessageExamples.incidents)
        MessageExamples.check(MessageExamples.participation)
        MessageExamples.check(MessageExamples.documents)
        MessageExamples.check(MessageExamples.keys)
        MessageExamples.check(MessageExamples.log)
        MessageExamples.check(MessageExamples.verdicts)
        MessageExamples.check(MessageExamples.http)
        MessageExamples.check(MessageExamples.web)
    }

    @Test func noTwoMessagesShareACode() {
        let codes =
            Self.codes(RequestMessage.self) + Self.codes(ServiceMessage.self) + Self.codes(RegistryMessage.self)
            + Self.codes(CertificateMessage.self) + Self.codes(StatisticsMessage.self)
            + Self.codes(AccountMessage.self) + Self.codes(KeyMessage.self) + Self.codes(LogMessage.self)
            + Self.codes(VerdictMessage.self) + Self.codes(HTTPMessage.self) + Self.codes(WebMessage.self)
            + Self.codes(GovernanceMessage.self) + Self.codes(MeetingMessage.self)
            + Self.codes(WorkingBodyMessage.self) + Self.codes(ParticipationMessage.self)
            + Self.codes(DocumentMessage.self) + Self.codes(ZoneMessage.self)
            + Self.codes(AnnualReportMessage.self) + Self.codes(PeerReviewMessage.self)
            + Self.codes(IncidentMessage.self)
        #expect(Set(codes).count == codes.count, "two messages share a code")
    }

    /// A value longer than ``MessageText/maximumValueLength`` is cut where it is put into a text.
    @Test func valuesAreCutWhereTheyArePutIntoAText() {
        let long = String(repeating: "x", count: 10_000)
        let text = RegistryMessage.participantUnknown(code: long).text(in: .en)
        #expect(text == "No participant has the code \(String(repeating: "x", count: 120))….")
    }

    /// The check reads a message's values from its case, one or several, so it cannot pass by reading none.
    @Test func theCheckReadsEveryValueOfAMessage() {
        #expect(MessageExamples.values(of: RegistryMessage.participantNotActive(code: "a", status: "b")) == ["a", "b"])
        #expect(MessageExamples.values(of: RegistryMessage.participantUnknown(code: "a")) == ["a"])
        #expect(MessageExamples.values(of: RegistryMessage.companyNeedsRole).isEmpty)
    }

    static func codes<Key: MessageKey>(_: Key.Type) -> [String] { Key.Code.allCases.map(\.rawValue) }
}
