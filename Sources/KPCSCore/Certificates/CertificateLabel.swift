/// The names of a certificate's fields, in English and French, as the pages, the printed certificate and the
/// terminal's seal report show them. The switch has no default, so a label cannot exist in one language only.
public enum CertificateLabel: CaseIterable, Sendable {
    case certificateNumber, exportingParticipant, importingParticipant, exporter, importer, origin, issuedOn, expiresOn
    case hsCode, carats, valueUsd, parcels, total, sealedBy, replaces, originZone

    public func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .certificateNumber: (en, fr) = ("Certificate number", "Numéro du certificat")
        case .exportingParticipant: (en, fr) = ("Exporting participant", "Participant exportateur")
        case .importingParticipant: (en, fr) = ("Importing participant", "Participant importateur")
        case .exporter: (en, fr) = ("Exporter", "Exportateur")
        case .importer: (en, fr) = ("Importer", "Importateur")
        case .origin: (en, fr) = ("Country of origin", "Pays d'origine")
        case .issuedOn: (en, fr) = ("Date of issue", "Date de délivrance")
        case .expiresOn: (en, fr) = ("Date of expiry", "Date d'expiration")
        case .hsCode: (en, fr) = ("HS code", "Code SH")
        case .carats: (en, fr) = ("Carats", "Carats")
        case .valueUsd: (en, fr) = ("Value (USD)", "Valeur (USD)")
        case .parcels: (en, fr) = ("Parcels", "Colis")
        case .total: (en, fr) = ("Total", "Total")
        case .sealedBy: (en, fr) = ("Sealed by", "Scellé par")
        case .replaces: (en, fr) = ("Replaces", "Remplace")
        case .originZone: (en, fr) = ("Origin zone", "Zone d'origine")
        }
        return language == .fr ? fr : en
    }
}
