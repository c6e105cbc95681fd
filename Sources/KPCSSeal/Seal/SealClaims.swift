import KPCSCore

/// What a seal says about a certificate: the Annex I fields a customs officer compares with the parcel. Written as
/// compact canonical JSON with short member names to keep the QR code small:
///
/// `{"expires":"2027-01-22","exporter":"…","from":"BW","iat":1795430400,"importer":"…","issued":"2026-11-23",`
/// `"lines":[["7102.10",123456,9876500,2]],"no":"BW-2026-000042","origin":["BW"],"to":"EU","total":[…],"v":1}`;
/// `docs/verification.md` has the table of members.
public struct SealClaims: Sendable, Equatable {
    public static let formatVersion: Int64 = 1

    public var number: String
    /// When the seal was made, Unix seconds (`iat`).
    public var sealedAt: Int64
    public var issuedOn: CalendarDate
    public var expiresOn: CalendarDate
    public var exportingParticipant: String
    public var importingParticipant: String
    public var exporterName: String
    public var importerName: String
    /// Countries of origin: one, or several for a mixed origin.
    public var origin: [String]
    /// The mining zone of a single-origin parcel, by code (`zone`), when the certificate names one.
    public var originZone: String?
    public var lines: [CertificateLine]
    public var totals: CertificateTotals
    public var replaces: String?

    public init(
        number: String, sealedAt: Int64, issuedOn: CalendarDate, expiresOn: CalendarDate, exportingParticipant: String,
        importingParticipant: String, exporterName: String, importerName: String, origin: [String],
        originZone: String? = nil, lines: [CertificateLine], totals: CertificateTotals, replaces: String?
    ) {
        self.number = number
        self.sealedAt = sealedAt
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.exportingParticipant = exportingParticipant
        self.importingParticipant = importingParticipant
        self.exporterName = exporterName
        self.importerName = importerName
        self.origin = origin
        self.originZone = originZone
        self.lines = lines
        self.totals = totals
        self.replaces = replaces
    }

    /// The claims as a JSON object; lines and totals are arrays `[hs, caratsX100, valueUsdCents, parcels]`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "v": .integer(Self.formatVersion),
            "no": .string(number),
            "iat": .integer(sealedAt),
            "issued": .string(issuedOn.description),
            "expires": .string(expiresOn.description),
            "from": .string(exportingParticipant),
            "to": .string(importingParticipant),
            "exporter": .string(exporterName),
            "importer": .string(importerName),
            "origin": .array(origin.map { .string($0) }),
            "lines": .array(
                lines.map {
                    .array([
                        .string($0.hsCode.rawValue), .integer($0.caratsX100), .integer($0.valueUsdCents),
                        .integer($0.parcels),
                    ])
                }),
            "total": .array([.integer(totals.caratsX100), .integer(totals.valueUsdCents), .integer(totals.parcels)]),
        ]
        if let replaces { members["replaces"] = .string(replaces) }
        if let originZone { members["zone"] = .string(originZone) }
        return .object(members)
    }

    /// Reads claims written by ``json``; any missing or ill-typed member is a format error.
    public init(json: JSONValue) throws(SealFormatError) {
        guard let members = json.objectValue else { throw .payloadNotJSON("not an object") }
        func string(_ name: String) throws(SealFormatError) -> String {
            guard let value = members[name] else { throw .claimMissing(name) }
            guard let text = value.stringValue else { throw .claimInvalid(name) }
            return text
        }
        func date(_ name: String) throws(SealFormatError) -> CalendarDate {
            guard let value = CalendarDate(iso: try string(name)) else { throw .claimInvalid(name) }
            return value
        }
        guard let version = members["v"] else { throw .claimMissing("v") }
        guard version.integerValue == Self.formatVersion else { throw .claimInvalid("v") }
        guard let iat = members["iat"] else { throw .claimMissing("iat") }
        guard let sealedAt = iat.integerValue else { throw .claimInvalid("iat") }
        guard let originValue = members["origin"] else { throw .claimMissing("origin") }
        guard let originItems = originValue.arrayValue, !originItems.isEmpty else { throw .claimInvalid("origin") }
        var origin: [String] = []
        for item in originItems {
            guard let code = item.stringValue else { throw .claimInvalid("origin") }
            origin.append(code)
        }
        guard let linesValue = members["lines"] else { throw .claimMissing("lines") }
        guard let lineItems = linesValue.arrayValue, !lineItems.isEmpty else { throw .claimInvalid("lines") }
        var lines: [CertificateLine] = []
        for item in lineItems {
            guard let fields = item.arrayValue, fields.count == 4, let code = fields[0].stringValue,
                let hsCode = HSCode(rawValue: code), let carats = fields[1].integerValue,
                let value = fields[2].integerValue, let parcels = fields[3].integerValue
            else { throw .claimInvalid("lines") }
            lines.append(CertificateLine(hsCode: hsCode, caratsX100: carats, valueUsdCents: value, parcels: parcels))
        }
        guard let totalValue = members["total"] else { throw .claimMissing("total") }
        guard let total = totalValue.arrayValue, total.count == 3, let carats = total[0].integerValue,
            let value = total[1].integerValue, let parcels = total[2].integerValue
        else { throw .claimInvalid("total") }
        var replaces: String?
        if let replacesValue = members["replaces"] {
            guard let text = replacesValue.stringValue else { throw .claimInvalid("replaces") }
            replaces = text
        }
        var originZone: String?
        if let zoneValue = members["zone"] {
            guard let text = zoneValue.stringValue else { throw .claimInvalid("zone") }
            originZone = text
        }
        self.init(
            number: try string("no"), sealedAt: sealedAt, issuedOn: try date("issued"), expiresOn: try date("expires"),
            exportingParticipant: try string("from"), importingParticipant: try string("to"),
            exporterName: try string("exporter"), importerName: try string("importer"), origin: origin,
            originZone: originZone, lines: lines,
            totals: CertificateTotals(caratsX100: carats, valueUsdCents: value, parcels: parcels), replaces: replaces)
    }
}
