/// A participant's KP authority. It may export (issue certificates), import (confirm them), or both.
///
/// The EU has several authorities, each in a member state (`memberState`).
public struct Authority: Codable, Sendable, Equatable {
    public var id: Int64
    public var participantCode: String
    /// For an authority of the EU, the member state it sits in.
    public var memberState: String?
    public var name: String
    public var canExport: Bool
    public var canImport: Bool

    public init(
        id: Int64, participantCode: String, memberState: String?, name: String, canExport: Bool, canImport: Bool
    ) {
        self.id = id
        self.participantCode = participantCode
        self.memberState = memberState
        self.name = name
        self.canExport = canExport
        self.canImport = canImport
    }
}

/// A company licensed by a participant's authority to export or import rough diamonds.
public struct Company: Codable, Sendable, Equatable {
    public var id: Int64
    public var participantCode: String
    public var name: String
    public var licenceNumber: String
    public var canExport: Bool
    public var canImport: Bool
    /// The authority that registered the company.
    public var registeredBy: Int64?
    public var suspended: Bool
    public var suspensionReason: String?
    /// The postal address as registered: up to ``RegistryRules/maximumAddressLines`` lines joined by `\n`; nil for a
    /// company registered before kpcs kept addresses.
    public var address: String?

    public init(
        id: Int64, participantCode: String, name: String, licenceNumber: String, canExport: Bool, canImport: Bool,
        registeredBy: Int64?, suspended: Bool, suspensionReason: String?, address: String? = nil
    ) {
        self.address = address
        self.id = id
        self.participantCode = participantCode
        self.name = name
        self.licenceNumber = licenceNumber
        self.canExport = canExport
        self.canImport = canImport
        self.registeredBy = registeredBy
        self.suspended = suspended
        self.suspensionReason = suspensionReason
    }
}
