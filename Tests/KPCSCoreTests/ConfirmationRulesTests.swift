import Testing

@testable import KPCSCore

@Suite struct ConfirmationRulesTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    static let certificate = Certificate(
        number: "BW-2026-000001", exportingParticipant: "BW", importingParticipant: "EU", issuingAuthorityId: 1,
        exporterId: 10, importerId: 20, origin: .single("BW"),
        lines: [
            CertificateLine(hsCode: .unsorted, caratsX100: 1000, valueUsdCents: 5000, parcels: 2),
            CertificateLine(hsCode: .nonIndustrial, caratsX100: 300, valueUsdCents: 7000, parcels: 1),
        ],
        totals: CertificateTotals(caratsX100: 1300, valueUsdCents: 12000, parcels: 3),
        issuedAt: "2026-11-20T10:00:00.000Z",
        issuedOn: CalendarDate(year: 2026, month: 11, day: 20)!,
        expiresOn: CalendarDate(year: 2027, month: 2, day: 18)!,
        state: .issued, replaces: nil)
    static let euAuthority = Authority(
        id: 5, participantCode: "EU", memberState: "BE", name: "EU", canExport: true, canImport: true)

    static func decide(_ draft: ConfirmationDraft) throws -> KPCSCore.Confirmation {
        try ConfirmationRules.decide(
            draft, certificate: certificate, authority: euAuthority, today: today, recordedAt: "now")
    }

    @Test func equalQuantitiesConfirm() throws {
        let result = try Self.decide(
            ConfirmationDraft(
                receivedOn: "2026-11-22",
                lines: [
                    .init(hsCode: "7102.31", caratsX100: 300, parcels: 1),
                    .init(hsCode: "7102.10", caratsX100: 1000, parcels: 2),
                ]))
        #expect(result.outcome == .confirmed)
        #expect(result.differences.isEmpty)
    }

    @Test func differentQuantitiesAreADiscrepancyWithTheDifferences() throws {
        let result = try Self.decide(
            ConfirmationDraft(
                receivedOn: "2026-11-22",
                lines: [
                    .init(hsCode: "7102.10", caratsX100: 999, parcels: 2),
                    .init(hsCode: "7102.31", caratsX100: 300, parcels: 0),
                ]))
        #expect(result.outcome == .discrepancy)
        #expect(result.differences.map(\.hsCode) == [.unsorted, .nonIndustrial])
        #expect(result.differences[0].caratsX100Delta == -1)
        #expect(result.differences[1].parcelsDelta == -1)
    }

    @Test func refusalNeedsAReason() throws {
        #expect(throws: KPCSError.validation([Violation("/reason", CertificateMessage.reasonMissing)])) {
            try Self.decide(ConfirmationDraft(outcome: "refused", reason: "  "))
        }
        #expect(try Self.decide(ConfirmationDraft(outcome: "refused", reason: "broken seal")).outcome == .refused)
    }

    @Test func receivedLinesMustMatchTheCertificate() {
        #expect(throws: KPCSError.self) {
            try Self.decide(
                ConfirmationDraft(
                    receivedOn: "2026-11-22", lines: [.init(hsCode: "7102.10", caratsX100: 1000, parcels: 2)]))
        }
        #expect(throws: KPCSError.self) {
            try Self.decide(
                ConfirmationDraft(
                    receivedOn: "2026-11-22",
                    lines: [
                        .init(hsCode: "7102.10", caratsX100: 1000, parcels: 2),
                        .init(hsCode: "7102.21", caratsX100: 300, parcels: 1),
                    ]))
        }
        #expect(
            throws: KPCSError.validation([
                Violation("/lines/0/caratsX100", CertificateMessage.quantityNegative(field: "lines[0].caratsX100"))
            ])
        ) {
            try Self.decide(
                ConfirmationDraft(
                    receivedOn: "2026-11-22",
                    lines: [
                        .init(hsCode: "7102.10", caratsX100: -1, parcels: 2),
                        .init(hsCode: "7102.31", caratsX100: 300, parcels: 1),
                    ]))
        }
    }

    @Test func receiptDateMustBeBetweenIssueAndToday() {
        let lines: [ConfirmationDraft.ReceivedLineDraft] = [
            .init(hsCode: "7102.10", caratsX100: 1000, parcels: 2),
            .init(hsCode: "7102.31", caratsX100: 300, parcels: 1),
        ]
        #expect(
            throws: KPCSError.validation([
                Violation(
                    "/receivedOn", CertificateMessage.receivedBeforeIssue(received: "2026-11-19", issued: "2026-11-20"))
            ])
        ) {
            try Self.decide(ConfirmationDraft(receivedOn: "2026-11-19", lines: lines))
        }
        #expect(
            throws: KPCSError.validation([
                Violation("/receivedOn", CertificateMessage.receivedInFuture(received: "2026-11-24"))
            ])
        ) {
            try Self.decide(ConfirmationDraft(receivedOn: "2026-11-24", lines: lines))
        }
        #expect(
            throws: KPCSError.validation([Violation("/receivedOn", RequestMessage.fieldRequired(field: "receivedOn"))])
        ) {
            try Self.decide(ConfirmationDraft(lines: lines))
        }
    }

    @Test func onlyTheImportingParticipantsImportingAuthorityConfirmsAnIssuedCertificate() throws {
        let ae = Principal(
            accountId: 1, username: "ae", role: .officer,
            authority: Authority(
                id: 9, participantCode: "AE", memberState: nil, name: "AE", canExport: true, canImport: true))
        #expect(
            throws: KPCSError.forbidden(
                CertificateMessage.confirmNotImportingParticipant(participant: "EU", number: "BW-2026-000001"))
        ) {
            try ConfirmationRules.authorize(ae, certificate: Self.certificate)
        }
        let exportOnly = Principal(
            accountId: 2, username: "eu", role: .officer,
            authority: Authority(
                id: 6, participantCode: "EU", memberState: "BE", name: "EU-X", canExport: true, canImport: false))
        #expect(throws: KPCSError.forbidden(CertificateMessage.authorityCannotImport(authority: "EU-X"))) {
            try ConfirmationRules.authorize(exportOnly, certificate: Self.certificate)
        }
        let eu = Principal(accountId: 3, username: "eu2", role: .officer, authority: Self.euAuthority)
        var confirmed = Self.certificate
        confirmed.state = .confirmed
        #expect(
            throws: KPCSError.conflict(
                CertificateMessage.certificateNotIssued(number: "BW-2026-000001", state: "confirmed"))
        ) {
            try ConfirmationRules.authorize(eu, certificate: confirmed)
        }
        #expect(try ConfirmationRules.authorize(eu, certificate: Self.certificate).id == 5)
    }

    @Test func onlyTheIssuingAuthorityVoids() {
        let other = Principal(
            accountId: 1, username: "x", role: .officer,
            authority: Authority(
                id: 2, participantCode: "BW", memberState: nil, name: "other BW", canExport: true, canImport: true))
        #expect(throws: KPCSError.forbidden(CertificateMessage.voidNotIssuingAuthority(number: "BW-2026-000001"))) {
            try VoidRules.authorize(other, certificate: Self.certificate)
        }
    }

    @Test func stateMachineAllowsOnlyMovesFromIssued() {
        for state in CertificateState.allCases {
            for next in CertificateState.allCases {
                #expect(state.canMove(to: next) == (state == .issued && next != .issued))
            }
        }
        var past = Self.certificate
        #expect(!ExpiryRule.isExpired(past, today: past.expiresOn))
        #expect(ExpiryRule.isExpired(past, today: past.expiresOn.adding(days: 1)))
        past.state = .confirmed
        #expect(!ExpiryRule.isExpired(past, today: past.expiresOn.adding(days: 1)))
    }

    /// The store's SQL guard is derived from the state machine, and the expiry cut-off from the expiry rule.
    @Test func theGuardsTheStoreRunsComeFromTheStateMachine() throws {
        for next in CertificateState.allCases {
            #expect(CertificateState.movable(to: next) == (next == .issued ? [] : [.issued]))
        }
        var certificate = Self.certificate
        try certificate.checkMove(to: .voided)
        certificate.state = .refused
        #expect(
            throws: KPCSError.conflict(
                CertificateMessage.certificateNotIssued(number: certificate.number, state: "refused"))
        ) {
            try certificate.checkMove(to: .confirmed)
        }
        let today = CalendarDate(year: 2026, month: 12, day: 1)!
        #expect(ExpiryRule.latestExpiredDay(today: today) == CalendarDate(year: 2026, month: 11, day: 30)!)
    }
}
