import Foundation
import KPCSCore
import KPCSPDF
import KPCSQR
import KPCSStore

/// The printable certificate: one A4 page with every Annex I element, each label in English and French, and the
/// seal as a QR code drawn with vector rectangles.
public enum CertificatePDF {
    static let width = 595.28
    static let height = 841.89
    static let margin = 48.0

    /// Renders the certificate as it stands at `printedAt`. A certificate without a seal prints without a QR code.
    public static func render(_ record: CertificateRecord, printedAt: Date) throws -> [UInt8] {
        let certificate = record.certificate
        var page = PDFPage(width: width, height: height)
        var top = margin + 8
        func text(
            _ string: String, _ x: Double, _ fromTop: Double, _ font: PDFFont = .helvetica, _ size: Double = 10,
            _ color: PDFColor = .black
        ) {
            page.text(string, at: PDFPoint(x: x, y: height - fromTop), font: font, size: size, color: color)
        }
        func rightAligned(
            _ string: String, _ right: Double, _ fromTop: Double, _ font: PDFFont = .courier, _ size: Double = 9.5
        ) {
            text(string, right - PDFFontMetrics.width(of: string, font: font, size: size), fromTop, font, size)
        }
        func rule(_ fromTop: Double, weight: Double = 0.6) {
            page.line(
                from: PDFPoint(x: margin, y: height - fromTop), to: PDFPoint(x: width - margin, y: height - fromTop),
                width: weight, color: .gray(0.55))
        }

        text("Kimberley Process Certificate", margin, top, .helveticaBold, 18)
        top += 20
        text("Certificat du Processus de Kimberley", margin, top, .helvetica, 14, .gray(0.25))
        rightAligned(certificate.number, width - margin, top - 12, .courierBold, 15)
        top += 14
        rule(top, weight: 1.2)
        top += 16
        for line in PDFFontMetrics.wrap(statementEN, font: .helvetica, size: 9, maxWidth: width - 2 * margin) {
            text(line, margin, top, .helvetica, 9)
            top += 11
        }
        for line in PDFFontMetrics.wrap(statementFR, font: .helveticaOblique, size: 9, maxWidth: width - 2 * margin) {
            text(line, margin, top, .helveticaOblique, 9, .gray(0.25))
            top += 11
        }
        top += 6

        let labelWidth = 190.0
        func field(_ english: String, _ french: String, _ value: String) {
            rule(top - 10, weight: 0.3)
            text(english, margin, top + 2, .helveticaBold, 9)
            text(french, margin, top + 12, .helveticaOblique, 8, .gray(0.3))
            let lines = PDFFontMetrics.wrap(
                value, font: .helvetica, size: 10.5, maxWidth: width - 2 * margin - labelWidth)
            for (index, line) in lines.enumerated() {
                text(line, margin + labelWidth, top + 4 + Double(index) * 12.5, .helvetica, 10.5)
            }
            top += max(26, Double(lines.count) * 12.5 + 12)
        }
        top += 10
        field("Certificate number", "Numéro du certificat", certificate.number)
        field("Exporting participant", "Participant exportateur", participant(record.exportingParticipant))
        field("Importing participant", "Participant importateur", participant(record.importingParticipant))
        field("Issuing authority", "Autorité de délivrance", record.issuingAuthority.name)
        field("Exporter", "Exportateur", record.exporter.name)
        field("Importer", "Importateur", record.importer.name)
        switch certificate.origin {
        case .single(let country): field("Country of origin", "Pays d'origine", country)
        case .mixed(let countries): field("Origin: mixed", "Origine : mélangée", countries.joined(separator: ", "))
        }
        field("Date of issue", "Date de délivrance", certificate.issuedOn.description)
        field("Date of expiry", "Date d'expiration", certificate.expiresOn.description)
        if let replaces = certificate.replaces { field("Replaces certificate", "Remplace le certificat", replaces) }
        field("State when printed", "État à l'impression", stateText(certificate.state))

        top += 10
        let columns = (
            hs: margin, description: margin + 62, carats: margin + 330, value: margin + 430, parcels: width - margin
        )
        text("HS code", columns.hs, top, .helveticaBold, 8.5)
        text("Code SH", columns.hs, top + 10, .helveticaOblique, 8, .gray(0.3))
        text("Description", columns.description, top, .helveticaBold, 8.5)
        text("Désignation", columns.description, top + 10, .helveticaOblique, 8, .gray(0.3))
        for (label, french, right) in [
            ("Carats", "Carats", columns.carats), ("Value (USD)", "Valeur (USD)", columns.value),
            ("Parcels", "Colis", columns.parcels),
        ] {
            rightAligned(label, right, top, .helveticaBold, 8.5)
            rightAligned(french, right, top + 10, .helveticaOblique, 8)
        }
        top += 16
        rule(top, weight: 0.8)
        top += 13
        for line in certificate.lines {
            text(line.hsCode.rawValue, columns.hs, top, .courier, 9.5)
            text(shortDescription(line.hsCode, .en), columns.description, top, .helvetica, 8.5)
            text(shortDescription(line.hsCode, .fr), columns.description, top + 10, .helveticaOblique, 8, .gray(0.3))
            rightAligned(Quantity.carats(line.caratsX100, .en), columns.carats, top)
            rightAligned(Quantity.dollars(line.valueUsdCents, .en), columns.value, top)
            rightAligned(String(line.parcels), columns.parcels, top)
            top += 24
        }
        rule(top - 10, weight: 0.8)
        text("Total", columns.hs, top + 2, .helveticaBold, 9.5)
        text("Total", columns.description, top + 2, .helveticaOblique, 9, .gray(0.3))
        rightAligned(Quantity.carats(certificate.totals.caratsX100, .en), columns.carats, top + 2, .courierBold)
        rightAligned(Quantity.dollars(certificate.totals.valueUsdCents, .en), columns.value, top + 2, .courierBold)
        rightAligned(String(certificate.totals.parcels), columns.parcels, top + 2, .courierBold)
        top += 24

        if let seal = record.seal {
            try drawSeal(seal, on: &page, top: top)
        }
        text(
            "Printed \(Timestamp.string(printedAt)) by kpcs · Imprimé par kpcs", margin, height - 30, .helvetica, 7,
            .gray(0.4))

        var document = PDFDocument(
            title: "Kimberley Process Certificate \(certificate.number)", language: "en",
            producer: "kpcs", creationDate: pdfDate(printedAt))
        document.add(page)
        return document.render()
    }

    /// The QR code in the lower right corner, with the verification hint beside it in both languages.
    static func drawSeal(_ seal: String, on page: inout PDFPage, top: Double) throws {
        let code = try QRCode(text: seal, errorCorrection: .medium)
        let module = min(2.0, 210.0 / Double(code.size))
        let side = Double(code.size) * module
        let x = width - margin - side - 4 * module
        let bottom = max(44.0, min(height - top - side - 8 * module, 60))
        page.rectangle(
            PDFRect(x: x - 4 * module, y: bottom - 4 * module, width: side + 8 * module, height: side + 8 * module),
            stroke: .gray(0.6), fill: .white, lineWidth: 0.5)
        let rectangles = code.darkRuns().map { run in
            PDFRect(
                x: x + Double(run.x) * module, y: bottom + side - Double(run.y + 1) * module,
                width: Double(run.length) * module, height: module)
        }
        page.fillRectangles(rectangles, color: .black)
        let textX = margin
        var line = bottom + side - 8
        for (string, font) in [
            ("Electronic seal", PDFFont.helveticaBold), ("Sceau électronique", .helveticaOblique),
            ("Scan the QR code to check that this certificate is genuine,", .helvetica),
            ("not voided and not expired: kpcs verify, or the /verify page.", .helvetica),
            ("Scannez le code QR pour vérifier que ce certificat est authentique,", .helveticaOblique),
            ("ni annulé ni expiré : kpcs verify, ou la page /verify.", .helveticaOblique),
            ("QR version \(code.version)-M, \(seal.utf8.count) characters / caractères", .helvetica),
        ] {
            page.text(
                string, at: PDFPoint(x: textX, y: line), font: font, size: 8.5,
                color: font == .helveticaOblique ? .gray(0.3) : .black)
            line -= 12
        }
    }

    static let statementEN =
        """
        The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley\
         Process Certification Scheme for rough diamonds.
        """
    static let statementFR =
        """
        Les diamants bruts de cette expédition ont été traités conformément aux dispositions du Système de\
         certification du Processus de Kimberley pour les diamants bruts.
        """

    static func participant(_ participant: NamedParticipant) -> String {
        participant.nameEn == participant.nameFr
            ? "\(participant.nameEn) (\(participant.code))"
            : "\(participant.nameEn) / \(participant.nameFr) (\(participant.code))"
    }

    static func shortDescription(_ code: HSCode, _ language: Language) -> String {
        switch (code, language) {
        case (.unsorted, .en): return "Unsorted"
        case (.unsorted, .fr): return "Non triés"
        case (.industrial, .en): return "Industrial, unworked or simply sawn"
        case (.industrial, .fr): return "Industriels, bruts ou simplement sciés"
        case (.nonIndustrial, .en): return "Non-industrial, unworked or simply sawn"
        case (.nonIndustrial, .fr): return "Non industriels, bruts ou simplement sciés"
        }
    }

    static func stateText(_ state: CertificateState) -> String {
        let english = state.label(in: .en)
        let text = "\(english.prefix(1).uppercased())\(english.dropFirst()) / \(state.label(in: .fr))"
        return state == .voided ? text.uppercased() : text
    }

    /// `D:YYYYMMDDHHmmSSZ`.
    static func pdfDate(_ date: Date) -> String {
        let stamp = Timestamp.string(date)
        let digits = stamp.prefix(19).filter(\.isNumber)
        return "D:\(digits)Z"
    }
}
