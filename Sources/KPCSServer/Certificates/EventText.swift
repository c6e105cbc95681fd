import Foundation
import KPCSCore

/// A certificate's history in words, in English or French: each event's name and what it changed, written from the
/// certificate itself (its answer and differences, its reason for voiding, what it replaces). The detail the store
/// keeps is read only where the certificate lacks the data, and is shown as it is when it cannot be read.
enum EventText: CaseIterable, LocalizedText {
    case receivedAsCertified, receivedWithDifference, reason, replaces, notAnswered, systemActor

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .receivedAsCertified: (en, fr) = ("Received as certified.", "Reçu conforme au certificat.")
        case .receivedWithDifference: (en, fr) = ("Received with a difference:", "Reçu avec un écart :")
        case .reason: (en, fr) = ("Reason:", "Motif :")
        case .replaces: (en, fr) = ("Replaces", "Remplace")
        case .notAnswered:
            (en, fr) = (
                "No answer from the importer by the expiry day",
                "Sans réponse de l'importateur au jour d'expiration"
            )
        case .systemActor: (en, fr) = ("kpcs (automatic)", "kpcs (automatique)")
        }
        return language == .fr ? fr : en
    }

    /// The event's name, from the state it moved the certificate to: `Voided`, `Annulé`.
    static func name(_ type: CertificateEventType, _ language: Language) -> String {
        guard let label = CertificateState(rawValue: type.rawValue)?.label(in: language) else { return type.rawValue }
        return label.prefix(1).uppercased() + String(label.dropFirst())
    }

    /// Who made the change: the account, or kpcs itself for expiry.
    static func actorName(_ event: CertificateEvent, _ language: Language) -> String {
        event.actor == "system" && event.authorityId == nil ? systemActor.text(language) : event.actor
    }

    /// What the event changed, in words; the stored detail as it is when there is nothing better to say.
    static func detail(_ event: CertificateEvent, of certificate: Certificate, _ language: Language) -> String {
        let stored = event.detail ?? ""
        let answer = certificate.confirmation
        switch event.type {
        case .issued:
            guard let replaced = certificate.replaces else { return stored }
            return replaces.text(language) + " " + replaced + "."
        case .confirmed:
            return stored.isEmpty ? receivedAsCertified.text(language) : stored
        case .discrepancy:
            // The confirmation is written with its event, so its differences are the event's words.
            guard answer?.outcome == .discrepancy, let differences = answer?.differences, !differences.isEmpty else {
                return stored
            }
            return receivedWithDifference.text(language) + " " + lineSentences(differences, language)
        case .refused:
            let given: String = answer?.outcome == .refused ? answer?.reason ?? stored : stored
            return given.isEmpty ? "" : reason.text(language) + " " + given
        case .voided:
            let given: String = certificate.voidReason ?? stored
            return given.isEmpty ? "" : reason.text(language) + " " + given
        case .expired:
            guard stored.isEmpty else { return stored }
            return notAnswered.text(language) + " (" + WebFormat.date(certificate.expiresOn, language) + ")."
        }
    }

    /// `7102.21 — 2,487.50 carats received of 2,500.00 certified (−12.50); 5 parcels of 5.` for each line.
    static func lineSentences(_ differences: [LineDifference], _ language: Language) -> String {
        var sentences: [String] = []
        for line in differences {
            let (carats, parcels) = (line.caratsX100Delta, line.parcelsDelta)
            let caratsDelta = carats == 0 ? "" : " (" + signedCarats(carats, language) + ")"
            let parcelsDelta = parcels == 0 ? "" : " (" + signedWhole(parcels, language) + ")"
            let received = Quantity.carats(line.receivedCaratsX100, language)
            let certified = Quantity.carats(line.certifiedCaratsX100, language)
            let receivedParcels = Quantity.whole(line.receivedParcels, language)
            let certifiedParcels = Quantity.whole(line.certifiedParcels, language)
            switch language {
            case .fr:
                let caratsReceived = line.receivedCaratsX100 < 200 ? "carat reçu" : "carats reçus"
                let certifiedWord = line.certifiedCaratsX100 < 200 ? "certifié" : "certifiés"
                sentences.append(
                    "\(line.hsCode.rawValue) — \(received) \(caratsReceived) sur \(certified) \(certifiedWord)"
                        + "\(caratsDelta) ; \(receivedParcels) colis sur \(certifiedParcels)\(parcelsDelta).")
            case .en:
                let parcelWord = line.receivedParcels == 1 ? "parcel" : "parcels"
                sentences.append(
                    "\(line.hsCode.rawValue) — \(received) carats received of \(certified) certified"
                        + "\(caratsDelta); \(receivedParcels) \(parcelWord) of \(certifiedParcels)\(parcelsDelta).")
            }
        }
        return sentences.joined(separator: " ")
    }

    /// A signed difference in carats: `+1.25`, `−12.50` (minus sign U+2212), `0`.
    static func signedCarats(_ hundredths: Int64, _ language: Language) -> String {
        signed(hundredths, Quantity.carats(hundredths, language))
    }

    /// A signed difference in a count: `+1`, `−2`, `0`.
    static func signedWhole(_ value: Int64, _ language: Language) -> String {
        signed(value, Quantity.whole(value, language))
    }

    private static func signed(_ value: Int64, _ formatted: String) -> String {
        if value == 0 { return "0" }
        guard value < 0 else { return "+" + formatted }
        return "\u{2212}" + String(formatted.drop { $0 == "-" })
    }
}
