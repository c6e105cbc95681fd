/// An issue request as it arrives: every field optional, so a missing or wrong field becomes a clear message
/// naming it instead of a decoding failure. ``IssueRules`` turns a draft into a ``ValidIssue``.
public struct CertificateDraft: Codable, Sendable, Equatable {
    /// Optional: when given it must be the officer's own participant.
    public var exportingParticipant: String?
    public var importingParticipant: String?
    public var exporterId: Int64?
    public var importerId: Int64?
    public var origin: OriginDraft?
    /// The mining zone of a single-origin parcel of the exporter's own production, by code (`CF-BERBERATI`).
    public var originZone: String?
    public var lines: [LineDraft]?
    public var expiresOn: String?
    public var replaces: String?

    public init(
        exportingParticipant: String? = nil, importingParticipant: String?, exporterId: Int64?, importerId: Int64?,
        origin: OriginDraft?, originZone: String? = nil, lines: [LineDraft]?, expiresOn: String? = nil,
        replaces: String? = nil
    ) {
        // Codes and numbers are accepted in any case and kept upper case, as they are stored and shown.
        self.exportingParticipant = exportingParticipant?.uppercased()
        self.importingParticipant = importingParticipant?.uppercased()
        self.exporterId = exporterId
        self.importerId = importerId
        self.origin = origin
        self.originZone = originZone?.uppercased()
        self.lines = lines
        self.expiresOn = expiresOn
        self.replaces = replaces
    }

    /// `{"kind":"single","country":"BW"}` or `{"kind":"mixed","countries":["BW","ZA"]}`.
    public struct OriginDraft: Codable, Sendable, Equatable {
        public var kind: String?
        public var country: String?
        public var countries: [String]?

        public init(kind: String?, country: String? = nil, countries: [String]? = nil) {
            self.kind = kind
            self.country = country?.uppercased()
            self.countries = countries?.map { $0.uppercased() }
        }

        public static func single(_ country: String) -> OriginDraft { OriginDraft(kind: "single", country: country) }
        public static func mixed(_ countries: [String]) -> OriginDraft {
            OriginDraft(kind: "mixed", countries: countries)
        }
    }

    public struct LineDraft: Codable, Sendable, Equatable {
        public var hsCode: String?
        public var caratsX100: Int64?
        public var valueUsdCents: Int64?
        public var parcels: Int64?

        public init(hsCode: String?, caratsX100: Int64?, valueUsdCents: Int64?, parcels: Int64?) {
            self.hsCode = hsCode
            self.caratsX100 = caratsX100
            self.valueUsdCents = valueUsdCents
            self.parcels = parcels
        }
    }
}

/// A draft that passed every rule: what the store writes.
public struct ValidIssue: Sendable, Equatable {
    public var exportingParticipant: String
    public var importingParticipant: String
    public var issuingAuthorityId: Int64
    public var exporterId: Int64
    public var importerId: Int64
    public var origin: Origin
    public var originZone: String?
    public var lines: [CertificateLine]
    public var totals: CertificateTotals
    public var issuedOn: CalendarDate
    public var expiresOn: CalendarDate
    public var replaces: String?
}

extension CertificateDraft {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            exportingParticipant: try container.decodeIfPresent(String.self, forKey: .exportingParticipant),
            importingParticipant: try container.decodeIfPresent(String.self, forKey: .importingParticipant),
            exporterId: try container.decodeWholeNumber(forKey: .exporterId),
            importerId: try container.decodeWholeNumber(forKey: .importerId),
            origin: try container.decodeIfPresent(OriginDraft.self, forKey: .origin),
            originZone: try container.decodeIfPresent(String.self, forKey: .originZone),
            lines: try container.decodeIfPresent([LineDraft].self, forKey: .lines),
            expiresOn: try container.decodeIfPresent(String.self, forKey: .expiresOn),
            replaces: try container.decodeIfPresent(String.self, forKey: .replaces))
    }
}

extension CertificateDraft.OriginDraft {
    /// Decodes through ``init(kind:country:countries:)``, so country codes sent in any case are kept upper case.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decodeIfPresent(String.self, forKey: .kind),
            country: try container.decodeIfPresent(String.self, forKey: .country),
            countries: try container.decodeIfPresent([String].self, forKey: .countries))
    }
}

extension CertificateDraft.LineDraft {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            hsCode: try container.decodeIfPresent(String.self, forKey: .hsCode),
            caratsX100: try container.decodeWholeNumber(forKey: .caratsX100),
            valueUsdCents: try container.decodeWholeNumber(forKey: .valueUsdCents),
            parcels: try container.decodeWholeNumber(forKey: .parcels))
    }
}
