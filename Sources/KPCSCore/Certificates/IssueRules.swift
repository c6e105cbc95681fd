/// Validity settings of the scheme: how long a certificate is valid by default and at most.
/// The KPCS fixes no period (Annex I); each deployment sets its own.
public struct ValidityPolicy: Sendable, Equatable {
    public var defaultDays: Int
    public var maximumDays: Int

    public init(defaultDays: Int, maximumDays: Int) {
        self.defaultDays = defaultDays
        self.maximumDays = maximumDays
    }
}

/// Everything the issue rules need to know beyond the draft, loaded by the store in the issuing transaction.
public struct IssueContext: Sendable {
    /// The officer's participant (the exporting participant).
    public var exportingParticipant: Participant
    /// The registry row named by `importingParticipant`, if any.
    public var importingParticipant: Participant?
    public var exporter: Company?
    public var importer: Company?
    /// The certificate named by `replaces`, if any.
    public var replaced: Certificate?
    public var today: CalendarDate
    public var validity: ValidityPolicy
    /// The origin zone named, the exporter's zones and its suspension.
    public var zones: ZoneIssueContext

    public init(
        exportingParticipant: Participant, importingParticipant: Participant?, exporter: Company?, importer: Company?,
        replaced: Certificate?, today: CalendarDate, validity: ValidityPolicy, zones: ZoneIssueContext = .init()
    ) {
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.exporter = exporter
        self.importer = importer
        self.replaced = replaced
        self.today = today
        self.validity = validity
        self.zones = zones
    }
}

/// The rules of issuing a certificate, as pure functions.
public enum IssueRules {
    /// Who may issue: an officer of an exporting authority, for its own participant only.
    /// Refusals here are 403s, checked before the draft is looked at.
    public static func authorize(_ principal: Principal, draft: CertificateDraft) throws -> Authority {
        let authority = try principal.officerAuthority()
        guard authority.canExport else {
            throw KPCSError.forbidden(CertificateMessage.authorityCannotExport(authority: authority.name))
        }
        if let asked = draft.exportingParticipant, asked != authority.participantCode {
            throw KPCSError.forbidden(
                CertificateMessage.officerOtherParticipant(own: authority.participantCode, asked: asked))
        }
        return authority
    }

    /// Runs every rule on the draft and returns what to store, or one error listing every violation.
    public static func validate(
        _ draft: CertificateDraft, authority: Authority, context: IssueContext
    ) throws -> ValidIssue {
        var violations: [Violation] = []
        let exporting = context.exportingParticipant

        let importingCode = checkImportingParticipant(draft, context: context, into: &violations)
        checkCompany(
            draft.exporterId, pointer: "/exporterId", company: context.exporter, participant: exporting.code,
            mustExport: true, into: &violations)
        if let importingCode {
            checkCompany(
                draft.importerId, pointer: "/importerId", company: context.importer, participant: importingCode,
                mustExport: false, into: &violations)
        } else if draft.importerId == nil {
            violations.append(Violation("/importerId", RequestMessage.fieldRequired(field: "importerId")))
        }
        let origin = checkOrigin(draft.origin, into: &violations)
        let originZone = OriginZoneRules.check(
            draft.originZone?.uppercased(), origin: origin, exporting: exporting, context: context.zones,
            today: context.today,
            into: &violations)
        let lines = checkLines(draft.lines, into: &violations)
        var totals = lines.flatMap { CertificateTotals(lines: $0) }
        if let sums = totals, !QuantityBounds.checkTotals(sums, into: &violations) { totals = nil }
        let expiresOn = checkExpiry(draft.expiresOn, context: context, into: &violations)
        checkReplaced(draft.replaces, context: context, into: &violations)

        guard violations.isEmpty, let importingCode, let origin, let lines, let totals, let expiresOn,
            let exporterId = draft.exporterId, let importerId = draft.importerId
        else { throw KPCSError.validation(violations) }
        return ValidIssue(
            exportingParticipant: exporting.code, importingParticipant: importingCode,
            issuingAuthorityId: authority.id, exporterId: exporterId, importerId: importerId, origin: origin,
            originZone: originZone, lines: lines.sorted { $0.hsCode < $1.hsCode }, totals: totals,
            issuedOn: context.today,
            expiresOn: expiresOn, replaces: context.replaced?.number ?? draft.replaces)
    }

    static func checkImportingParticipant(
        _ draft: CertificateDraft, context: IssueContext, into violations: inout [Violation]
    ) -> String? {
        let pointer = "/importingParticipant"
        guard let code = draft.importingParticipant else {
            violations.append(Violation(pointer, RequestMessage.fieldRequired(field: "importingParticipant")))
            return nil
        }
        guard let importing = context.importingParticipant else {
            violations.append(Violation(pointer, RegistryMessage.participantUnknown(code: code)))
            return nil
        }
        if importing.isMemberState {
            violations.append(
                Violation(
                    pointer,
                    RegistryMessage.memberStateNotParticipant(
                        state: importing.code, participant: importing.participantCode))
            )
            return nil
        }
        if importing.status != .active {
            violations.append(
                Violation(
                    pointer,
                    RegistryMessage.participantNotActive(code: importing.code, status: importing.status.rawValue)))
        }
        if importing.code == context.exportingParticipant.code {
            violations.append(Violation(pointer, RegistryMessage.sameParticipant(code: importing.code)))
        }
        return importing.code
    }

    static func checkCompany(
        _ id: Int64?, pointer: String, company: Company?, participant: String, mustExport: Bool,
        into violations: inout [Violation]
    ) {
        guard let id else {
            violations.append(Violation(pointer, RequestMessage.fieldRequired(field: String(pointer.dropFirst()))))
            return
        }
        guard let company else {
            violations.append(Violation(pointer, RegistryMessage.companyUnknown(id: String(id))))
            return
        }
        let licensed = company.participantCode == participant && (mustExport ? company.canExport : company.canImport)
        if !licensed {
            violations.append(
                Violation(
                    pointer,
                    mustExport
                        ? CertificateMessage.exporterNotLicensed(company: company.name, participant: participant)
                        : CertificateMessage.importerNotLicensed(company: company.name, participant: participant)))
        } else if company.suspended {
            violations.append(Violation(pointer, CertificateMessage.companySuspended(company: company.name)))
        }
    }

    static func checkOrigin(_ draft: CertificateDraft.OriginDraft?, into violations: inout [Violation]) -> Origin? {
        guard let draft else {
            violations.append(Violation("/origin", RequestMessage.fieldRequired(field: "origin")))
            return nil
        }
        switch draft.kind {
        case "single":
            guard let country = draft.country else {
                violations.append(Violation("/origin/country", RequestMessage.fieldRequired(field: "origin.country")))
                return nil
            }
            guard ISO3166.isAssigned(country) else {
                violations.append(Violation("/origin/country", CertificateMessage.originCodeInvalid(country: country)))
                return nil
            }
            return .single(country)
        case "mixed":
            guard let countries = draft.countries else {
                violations.append(
                    Violation("/origin/countries", RequestMessage.fieldRequired(field: "origin.countries")))
                return nil
            }
            var valid = countries.count >= 2
            if !valid { violations.append(Violation("/origin/countries", CertificateMessage.originMixedTooFew)) }
            var seen: Set<String> = []
            for (index, country) in countries.enumerated() {
                if !ISO3166.isAssigned(country) {
                    violations.append(
                        Violation("/origin/countries/\(index)", CertificateMessage.originCodeInvalid(country: country)))
                    valid = false
                } else if !seen.insert(country).inserted {
                    violations.append(
                        Violation("/origin/countries/\(index)", CertificateMessage.originDuplicate(country: country)))
                    valid = false
                }
            }
            return valid ? .mixed(countries) : nil
        case nil:
            violations.append(Violation("/origin/kind", RequestMessage.fieldRequired(field: "origin.kind")))
            return nil
        case let other?:
            violations.append(Violation("/origin/kind", CertificateMessage.originKindUnknown(kind: other)))
            return nil
        }
    }

    static func checkLines(
        _ drafts: [CertificateDraft.LineDraft]?, into violations: inout [Violation]
    ) -> [CertificateLine]? {
        guard let drafts, !drafts.isEmpty else {
            violations.append(Violation("/lines", CertificateMessage.linesMissing))
            return nil
        }
        guard drafts.count <= QuantityBounds.maximumLines else {
            violations.append(
                Violation("/lines", CertificateMessage.linesTooMany(maximum: String(QuantityBounds.maximumLines))))
            return nil
        }
        var lines: [CertificateLine] = []
        var seen: Set<HSCode> = []
        for (index, draft) in drafts.enumerated() {
            let base = "/lines/\(index)"
            var hsCode: HSCode?
            if let text = draft.hsCode {
                hsCode = HSCode(rawValue: text)
                if hsCode == nil {
                    violations.append(Violation("\(base)/hsCode", CertificateMessage.hsCodeUnknown(hsCode: text)))
                }
            } else {
                violations.append(
                    Violation("\(base)/hsCode", RequestMessage.fieldRequired(field: "lines[\(index)].hsCode")))
            }
            if let code = hsCode, !seen.insert(code).inserted {
                violations.append(
                    Violation("\(base)/hsCode", CertificateMessage.hsCodeDuplicate(hsCode: code.rawValue)))
                hsCode = nil
            }
            let carats = QuantityBounds.check(
                draft.caratsX100, minimum: 1, maximum: QuantityBounds.maximumCaratsX100, pointer: "\(base)/caratsX100",
                name: "lines[\(index)].caratsX100", into: &violations)
            let value = QuantityBounds.check(
                draft.valueUsdCents, minimum: 1, maximum: QuantityBounds.maximumValueUsdCents,
                pointer: "\(base)/valueUsdCents",
                name: "lines[\(index)].valueUsdCents", into: &violations)
            let parcels = QuantityBounds.check(
                draft.parcels, minimum: 1, maximum: QuantityBounds.maximumParcels, pointer: "\(base)/parcels",
                name: "lines[\(index)].parcels", into: &violations)
            if let hsCode, let carats, let value, let parcels {
                lines.append(
                    CertificateLine(hsCode: hsCode, caratsX100: carats, valueUsdCents: value, parcels: parcels))
            }
        }
        return lines.count == drafts.count ? lines : nil
    }

    static func checkExpiry(_ text: String?, context: IssueContext, into violations: inout [Violation]) -> CalendarDate?
    {
        let latest = context.today.adding(days: context.validity.maximumDays)
        guard let text else {
            return context.today.adding(days: min(context.validity.defaultDays, context.validity.maximumDays))
        }
        guard let expiresOn = CalendarDate(iso: text) else {
            violations.append(Violation("/expiresOn", RequestMessage.dateInvalid(field: "expiresOn")))
            return nil
        }
        if expiresOn <= context.today {
            violations.append(
                Violation(
                    "/expiresOn", CertificateMessage.expiryNotAfterIssue(expiry: text, issue: context.today.description)
                ))
            return nil
        }
        if expiresOn > latest {
            violations.append(
                Violation(
                    "/expiresOn",
                    CertificateMessage.expiryBeyondMaximum(
                        expiry: text, maximumDays: String(context.validity.maximumDays), latest: latest.description)))
            return nil
        }
        return expiresOn
    }

    static func checkReplaced(_ number: String?, context: IssueContext, into violations: inout [Violation]) {
        guard let number else { return }
        guard let replaced = context.replaced else {
            violations.append(Violation("/replaces", CertificateMessage.replacedUnknown(number: number)))
            return
        }
        if replaced.exportingParticipant != context.exportingParticipant.code {
            violations.append(Violation("/replaces", CertificateMessage.replacedOtherParticipant(number: number)))
        } else if replaced.state != .voided {
            violations.append(
                Violation(
                    "/replaces", CertificateMessage.replacedNotVoided(number: number, state: replaced.state.rawValue)))
        } else if let replacedBy = replaced.replacedBy {
            violations.append(
                Violation("/replaces", CertificateMessage.replacedAlready(number: number, replacement: replacedBy)))
        }
    }
}
