import Testing

@testable import KPCSCore

/// The issue rules, without a database.
@Suite struct IssueRulesTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    static let bw = Participant(
        code: "BW", nameEn: "Botswana", nameFr: "Botswana", kind: .country, participantCode: "BW", status: .active,
        joined: 2003, region: "Africa")
    static let eu = Participant(
        code: "EU", nameEn: "European Union", nameFr: "Union européenne", kind: .organisation, participantCode: "EU",
        status: .active, joined: 2003, region: "Europe")
    static let be = Participant(
        code: "BE", nameEn: "Belgium", nameFr: "Belgique", kind: .country, participantCode: "EU", status: .active,
        joined: 2003, region: "Europe")
    static let authority = Authority(
        id: 1, participantCode: "BW", memberState: nil, name: "BW office", canExport: true, canImport: true)
    static let officer = Principal(accountId: 1, username: "o", role: .officer, authority: authority)
    static let exporter = Company(
        id: 10, participantCode: "BW", name: "Exporter", licenceNumber: "1", canExport: true, canImport: false,
        registeredBy: 1, suspended: false, suspensionReason: nil)
    static let importer = Company(
        id: 20, participantCode: "EU", name: "Importer", licenceNumber: "2", canExport: false, canImport: true,
        registeredBy: nil, suspended: false, suspensionReason: nil)

    static func draft(
        importing: String? = "EU",
        lines: [CertificateDraft.LineDraft]? = [
            .init(hsCode: "7102.10", caratsX100: 100, valueUsdCents: 5000, parcels: 1)
        ],
        origin: CertificateDraft.OriginDraft? = .single("BW"), expiresOn: String? = nil, replaces: String? = nil
    ) -> CertificateDraft {
        CertificateDraft(
            importingParticipant: importing, exporterId: 10, importerId: 20, origin: origin, lines: lines,
            expiresOn: expiresOn, replaces: replaces)
    }

    static func context(
        exporting: Participant = bw, importing: Participant? = eu, exporter: Company? = exporter,
        importer: Company? = importer,
        replaced: Certificate? = nil
    ) -> IssueContext {
        IssueContext(
            exportingParticipant: exporting, importingParticipant: importing, exporter: exporter, importer: importer,
            replaced: replaced, today: today, validity: ValidityPolicy(defaultDays: 90, maximumDays: 365))
    }

    /// The pointers of the violations that validating gives.
    static func pointers(_ draft: CertificateDraft, _ context: IssueContext) -> [String] {
        do {
            _ = try IssueRules.validate(draft, authority: authority, context: context)
            return []
        } catch let error as KPCSError {
            return error.violations.map(\.pointer)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    static func keys(_ draft: CertificateDraft, _ context: IssueContext) -> [String] {
        do {
            _ = try IssueRules.validate(draft, authority: authority, context: context)
            return []
        } catch let error as KPCSError {
            return error.violations.map(\.message.key.code)
        } catch {
            return []
        }
    }

    @Test func validDraftGivesExactTotalsAndDefaultExpiry() throws {
        let draft = Self.draft(lines: [
            .init(hsCode: "7102.31", caratsX100: 1, valueUsdCents: 99_999_999_999, parcels: 2),
            .init(hsCode: "7102.10", caratsX100: 123_456_789, valueUsdCents: 1, parcels: 3),
        ])
        let valid = try IssueRules.validate(draft, authority: Self.authority, context: Self.context())
        #expect(valid.totals == CertificateTotals(caratsX100: 123_456_790, valueUsdCents: 100_000_000_000, parcels: 5))
        #expect(valid.expiresOn == Self.today.adding(days: 90))
        #expect(valid.lines.map(\.hsCode) == [.unsorted, .nonIndustrial])
    }

    @Test func importingParticipantMustBeActive() {
        var suspended = Self.eu
        suspended.status = .suspended
        #expect(
            Self.keys(Self.draft(), Self.context(importing: suspended)) == [
                RegistryMessage.Code.participantNotActive.rawValue
            ])
    }

    @Test func exportingParticipantMustBeActive() {
        var withdrawn = Self.bw
        withdrawn.status = .withdrawn
        #expect(Self.pointers(Self.draft(), Self.context(exporting: withdrawn)) == ["/exportingParticipant"])
    }

    @Test func shipmentWithinOneParticipantIsRefused() {
        var bwImporter = Self.importer
        bwImporter.participantCode = "BW"
        #expect(
            Self.keys(Self.draft(importing: "BW"), Self.context(importing: Self.bw, importer: bwImporter)) == [
                RegistryMessage.Code.sameParticipant.rawValue
            ])
    }

    @Test func memberStateIsNotAParticipant() {
        #expect(
            Self.keys(Self.draft(importing: "BE"), Self.context(importing: Self.be)) == [
                RegistryMessage.Code.memberStateNotParticipant.rawValue
            ])
    }

    @Test func unknownParticipantIsNamed() {
        #expect(
            Self.keys(Self.draft(importing: "XX"), Self.context(importing: nil)).first
                == RegistryMessage.Code.participantUnknown.rawValue)
    }

    @Test func exporterMustBeLicensedByExportingParticipant() {
        var foreign = Self.exporter
        foreign.participantCode = "ZA"
        #expect(
            Self.keys(Self.draft(), Self.context(exporter: foreign)) == [
                CertificateMessage.Code.exporterNotLicensed.rawValue
            ])
        var importOnly = Self.exporter
        importOnly.canExport = false
        #expect(
            Self.keys(Self.draft(), Self.context(exporter: importOnly)) == [
                CertificateMessage.Code.exporterNotLicensed.rawValue
            ]
        )
    }

    @Test func importerMustBeLicensedByImportingParticipant() {
        var foreign = Self.importer
        foreign.participantCode = "AE"
        #expect(
            Self.keys(Self.draft(), Self.context(importer: foreign)) == [
                CertificateMessage.Code.importerNotLicensed.rawValue
            ])
    }

    @Test func suspendedCompaniesMayNotTrade() {
        var exporter = Self.exporter
        exporter.suspended = true
        var importer = Self.importer
        importer.suspended = true
        #expect(
            Self.pointers(Self.draft(), Self.context(exporter: exporter, importer: importer)) == [
                "/exporterId", "/importerId",
            ])
    }

    @Test func linesAreRequiredUniqueAndPositive() {
        #expect(Self.keys(Self.draft(lines: []), Self.context()) == [CertificateMessage.linesMissing.code])
        #expect(Self.keys(Self.draft(lines: nil), Self.context()) == [CertificateMessage.linesMissing.code])
        let twice = Self.draft(lines: [
            .init(hsCode: "7102.21", caratsX100: 1, valueUsdCents: 1, parcels: 1),
            .init(hsCode: "7102.21", caratsX100: 1, valueUsdCents: 1, parcels: 1),
        ])
        #expect(Self.pointers(twice, Self.context()) == ["/lines/1/hsCode"])
        let bad = Self.draft(lines: [.init(hsCode: "7102.39", caratsX100: 0, valueUsdCents: -5, parcels: nil)])
        #expect(
            Self.pointers(bad, Self.context()) == [
                "/lines/0/hsCode", "/lines/0/caratsX100", "/lines/0/valueUsdCents", "/lines/0/parcels",
            ])
    }

    @Test func quantitiesPastTheirBoundsAreRefusedLineByLineAndInTotal() {
        let huge = Self.draft(lines: [
            .init(hsCode: "7102.10", caratsX100: Int64.max, valueUsdCents: 1, parcels: 1),
            .init(hsCode: "7102.21", caratsX100: 1, valueUsdCents: 1, parcels: 1),
        ])
        #expect(Self.keys(huge, Self.context()) == [CertificateMessage.Code.quantityTooLarge.rawValue])
        let max = (QuantityBounds.maximumCaratsX100, QuantityBounds.maximumValueUsdCents, QuantityBounds.maximumParcels)
        let atBounds = Self.draft(lines: [
            .init(hsCode: "7102.10", caratsX100: max.0, valueUsdCents: max.1, parcels: max.2)
        ])
        #expect(Self.keys(atBounds, Self.context()).isEmpty)
        for (carats, value, parcels, pointer) in [
            (max.0 + 1, 1, 1, "/lines/0/caratsX100"), (1, max.1 + 1, 1, "/lines/0/valueUsdCents"),
            (1, 1, max.2 + 1, "/lines/0/parcels"),
        ] {
            let past = Self.draft(lines: [
                .init(hsCode: "7102.10", caratsX100: carats, valueUsdCents: value, parcels: parcels)
            ])
            #expect(Self.pointers(past, Self.context()) == [pointer])
        }
        let twoAtBounds = Self.draft(lines: [
            .init(hsCode: "7102.10", caratsX100: max.0, valueUsdCents: max.1, parcels: max.2),
            .init(hsCode: "7102.21", caratsX100: 1, valueUsdCents: 1, parcels: 1),
        ])
        #expect(
            Self.keys(twoAtBounds, Self.context()) == [
                CertificateMessage.Code.totalTooLarge.rawValue, CertificateMessage.Code.totalTooLarge.rawValue,
                CertificateMessage.Code.totalTooLarge.rawValue,
            ])
        let tooMany = Self.draft(
            lines: (0..<4).map { _ in .init(hsCode: "7102.10", caratsX100: 1, valueUsdCents: 1, parcels: 1) })
        #expect(Self.keys(tooMany, Self.context()) == [CertificateMessage.Code.linesTooMany.rawValue])
    }

    @Test func originCodesMustBeISO3166() {
        #expect(Self.pointers(Self.draft(origin: .single("XX")), Self.context()) == ["/origin/country"])
        #expect(Self.pointers(Self.draft(origin: .mixed(["BW", "ZZ"])), Self.context()) == ["/origin/countries/1"])
        #expect(
            Self.keys(Self.draft(origin: .mixed(["BW"])), Self.context()) == [CertificateMessage.originMixedTooFew.code]
        )
        #expect(
            Self.keys(Self.draft(origin: .mixed(["BW", "BW"])), Self.context()) == [
                CertificateMessage.Code.originDuplicate.rawValue
            ])
        #expect(
            Self.keys(Self.draft(origin: OriginDraft(kind: "blend")), Self.context()) == [
                CertificateMessage.Code.originKindUnknown.rawValue
            ])
        #expect(Self.keys(Self.draft(origin: nil), Self.context()) == [RequestMessage.Code.fieldRequired.rawValue])
    }

    @Test func expiryMustBeAfterIssueAndWithinMaximum() {
        #expect(
            Self.keys(Self.draft(expiresOn: "2026-11-23"), Self.context()) == [
                CertificateMessage.Code.expiryNotAfterIssue.rawValue
            ])
        #expect(
            Self.keys(Self.draft(expiresOn: "2027-11-24"), Self.context()) == [
                CertificateMessage.Code.expiryBeyondMaximum.rawValue
            ])
        #expect(Self.keys(Self.draft(expiresOn: "2027-11-23"), Self.context()) == [])
        #expect(
            Self.keys(Self.draft(expiresOn: "23/11/2027"), Self.context()) == [RequestMessage.Code.dateInvalid.rawValue]
        )
    }

    @Test func onlyAVoidedCertificateOfTheSameParticipantCanBeReplaced() {
        let old = Certificate(
            number: "BW-2026-000001", exportingParticipant: "BW", importingParticipant: "EU", issuingAuthorityId: 1,
            exporterId: 10, importerId: 20, origin: .single("BW"), lines: [],
            totals: CertificateTotals(caratsX100: 1, valueUsdCents: 1, parcels: 1),
            issuedAt: "2026-11-01T00:00:00.000Z", issuedOn: Self.today, expiresOn: Self.today.adding(days: 10),
            state: .issued, replaces: nil)
        let draft = Self.draft(replaces: old.number)
        #expect(Self.keys(draft, Self.context(replaced: nil)) == [CertificateMessage.Code.replacedUnknown.rawValue])
        #expect(Self.keys(draft, Self.context(replaced: old)) == [CertificateMessage.Code.replacedNotVoided.rawValue])
        var voided = old
        voided.state = .voided
        #expect(Self.keys(draft, Self.context(replaced: voided)) == [])
        voided.replacedBy = "BW-2026-000002"
        #expect(Self.keys(draft, Self.context(replaced: voided)) == [CertificateMessage.Code.replacedAlready.rawValue])
        var foreign = old
        foreign.state = .voided
        foreign.exportingParticipant = "ZA"
        #expect(
            Self.keys(draft, Self.context(replaced: foreign)) == [
                CertificateMessage.Code.replacedOtherParticipant.rawValue
            ])
    }

    @Test func onlyAnExportingOfficerOfTheParticipantMayIssue() throws {
        let observer = Principal(accountId: 2, username: "obs", role: .observer, authority: nil)
        #expect(throws: KPCSError.self) { try IssueRules.authorize(observer, draft: Self.draft()) }
        let importOnly = Principal(
            accountId: 3, username: "imp", role: .officer,
            authority: Authority(
                id: 2, participantCode: "BW", memberState: nil, name: "imp", canExport: false, canImport: true))
        #expect(throws: KPCSError.forbidden(CertificateMessage.authorityCannotExport(authority: "imp"))) {
            try IssueRules.authorize(importOnly, draft: Self.draft())
        }
        var forOther = Self.draft()
        forOther.exportingParticipant = "ZA"
        #expect(throws: KPCSError.forbidden(CertificateMessage.officerOtherParticipant(own: "BW", asked: "ZA"))) {
            try IssueRules.authorize(Self.officer, draft: forOther)
        }
        #expect(try IssueRules.authorize(Self.officer, draft: Self.draft()).id == 1)
    }
}

typealias OriginDraft = CertificateDraft.OriginDraft
