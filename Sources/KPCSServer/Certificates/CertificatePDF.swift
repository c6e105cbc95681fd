import Foundation
import KPCSCore
import KPCSPDF
import KPCSQR
import KPCSSeal
import KPCSStore

/// The printable certificate: one A4 page with every Annex I element, each label in English and French, the
/// exporter's and importer's licence numbers and addresses, the validating officer, and the seal as a QR code drawn
/// with vector rectangles beside the verify page's full address and the seal's verification code.
public enum CertificatePDF {
    static let width = 595.28
    static let height = 841.89
    static let margin = 48.0
    /// The width of each of two fields side by side.
    static let columnWidth = (width - 2 * margin - columnGap) / 2
    static let columnGap = 16.0

    /// Renders the certificate as it stands at `printedAt`. A certificate without a seal prints without a QR code.
    /// `publicURL` is the address users reach the server at (`KPCS_PUBLIC_URL`); the verify page is printed under it.
    public static func render(_ record: CertificateRecord, publicURL: String, printedAt: Date) throws -> [UInt8] {
        let certificate = record.certificate
        var page = PDFPage(width: width, height: height)
        var top = margin + 8
        func text(
            _ string: String, _ x: Double, _ fromTop: Double, _ font: PDFTypeface = .body, _ size: Double = 10,
            _ color: PDFColor = .black
        ) {
            page.text(string, at: PDFPoint(x: x, y: height - fromTop), font: font, size: size, color: color)
        }
        func rightAligned(
            _ string: String, _ right: Double, _ fromTop: Double, _ font: PDFTypeface = .code, _ size: Double = 9.5
        ) {
            text(string, right - PDFFontMetrics.width(of: string, font: font, size: size), fromTop, font, size)
        }
        func rule(_ fromTop: Double, weight: Double = 0.6) {
            page.line(
                from: PDFPoint(x: margin, y: height - fromTop), to: PDFPoint(x: width - margin, y: height - fromTop),
                width: weight, color: .gray(0.55))
        }

        text("Kimberley Process Certificate", margin, top, .bodyBold, 18)
        top += 20
        text("Certificat du Processus de Kimberley", margin, top, .body, 14, .gray(0.25))
        rightAligned(certificate.number, width - margin, top - 12, .codeBold, 15)
        top += 14
        rule(top, weight: 1.2)
        top += 16
        for line in PDFFontMetrics.wrap(statementEN, font: .body, size: 9, maxWidth: width - 2 * margin) {
            text(line, margin, top, .body, 9)
            top += 11
        }
        for line in PDFFontMetrics.wrap(statementFR, font: .bodyOblique, size: 9, maxWidth: width - 2 * margin) {
            text(line, margin, top, .bodyOblique, 9, .gray(0.25))
            top += 11
        }
        top += 6

        let labelWidth = 190.0
        func field(_ english: String, _ french: String, _ value: String) {
            rule(top - 10, weight: 0.3)
            text(english, margin, top + 2, .bodyBold, 9)
            text(french, margin, top + 12, .bodyOblique, 8, .gray(0.3))
            let lines = PDFFontMetrics.wrap(
                value, font: .body, size: 10.5, maxWidth: width - 2 * margin - labelWidth)
            for (index, line) in lines.enumerated() {
                text(line, margin + labelWidth, top + 4 + Double(index) * 12.5, .body, 10.5)
            }
            top += max(26, Double(lines.count) * 12.5 + 12)
        }
        /// Two fields side by side: each label on one line (English, then French), its value lines below.
        func pair(_ left: Column, _ right: Column) {
            rule(top - 10, weight: 0.3)
            var last = top + 15
            for (index, column) in [left, right].enumerated() {
                let x = margin + Double(index) * (columnWidth + columnGap)
                text(column.english, x, top + 2, .bodyBold, 9)
                let englishWidth = PDFFontMetrics.width(of: column.english, font: .bodyBold, size: 9)
                text(column.french, x + englishWidth + 6, top + 2, .bodyOblique, 8, .gray(0.3))
                var y = top + 15
                for line in column.lines {
                    text(line.text, x, y, line.font, line.size)
                    last = max(last, y)
                    y += line.size + 2
                }
            }
            top = last + 15
        }
        top += 10
        field("Certificate number", "Numéro du certificat", certificate.number)
        pair(
            Column("Exporting participant", "Participant exportateur", participant(record.exportingParticipant)),
            Column("Importing participant", "Participant importateur", participant(record.importingParticipant)))
        pair(
            Column("Exporter", "Exportateur", party: record.exporter),
            Column("Importer", "Importateur", party: record.importer))
        pair(
            Column("Issuing authority", "Autorité de délivrance", record.issuingAuthority.name),
            Column(officer: record.issuedBy))
        let origin: Column
        switch certificate.origin {
        case .single(let country): origin = Column("Country of origin", "Pays d'origine", country)
        case .mixed(let countries):
            origin = Column("Origin: mixed", "Origine : mélangée", countries.joined(separator: ", "))
        }
        pair(origin, Column("State when printed", "État à l'impression", stateText(certificate.state)))
        if let zone = certificate.originZone { field("Origin zone", "Zone d'origine", zone) }
        pair(
            Column("Date of issue", "Date de délivrance", certificate.issuedOn.description),
            Column("Date of expiry", "Date d'expiration", certificate.expiresOn.description))
        if let replaces = certificate.replaces { field("Replaces certificate", "Remplace le certificat", replaces) }

        top += 10
        let columns = (
            hs: margin, description: margin + 62, carats: margin + 330, value: margin + 430, parcels: width - margin
        )
        text("HS code", columns.hs, top, .bodyBold, 8.5)
        text("Code SH", columns.hs, top + 10, .bodyOblique, 8, .gray(0.3))
        text("Description", columns.description, top, .bodyBold, 8.5)
        text("Désignation", columns.description, top + 10, .bodyOblique, 8, .gray(0.3))
        for (label, french, right) in [
            ("Carats", "Carats", columns.carats), ("Value (USD)", "Valeur (USD)", columns.value),
            ("Parcels", "Colis", columns.parcels),
        ] {
            rightAligned(label, right, top, .bodyBold, 8.5)
            rightAligned(french, right, top + 10, .bodyOblique, 8)
        }
        top += 16
        rule(top, weight: 0.8)
        top += 13
        for line in certificate.lines {
            text(line.hsCode.rawValue, columns.hs, top, .code, 9.5)
            text(shortDescription(line.hsCode, .en), columns.description, top, .body, 8.5)
            text(shortDescription(line.hsCode, .fr), columns.description, top + 10, .bodyOblique, 8, .gray(0.3))
            rightAligned(Quantity.carats(line.caratsX100, .en), columns.carats, top)
            rightAligned(Quantity.dollars(line.valueUsdCents, .en), columns.value, top)
            rightAligned(String(line.parcels), columns.parcels, top)
            top += 24
        }
        rule(top - 10, weight: 0.8)
        text("Total", columns.hs, top + 2, .bodyBold, 9.5)
        text("Total", columns.description, top + 2, .bodyOblique, 9, .gray(0.3))
        rightAligned(Quantity.carats(certificate.totals.caratsX100, .en), columns.carats, top + 2, .codeBold)
        rightAligned(Quantity.dollars(certificate.totals.valueUsdCents, .en), columns.value, top + 2, .codeBold)
        rightAligned(String(certificate.totals.parcels), columns.parcels, top + 2, .codeBold)
        top += 24

        if let seal = record.seal {
            try drawSeal(seal, verifyURL: publicURL + VerificationURL.page.path, on: &page, top: top)
        }
        text(
            "Printed \(Timestamp.string(printedAt)) by kpcs · Imprimé par kpcs", margin, height - 30, .body, 7,
            .gray(0.4))

        var document = PDFDocument(
            title: "Kimberley Process Certificate \(certificate.number)", language: "en",
            producer: "kpcs", creationDate: pdfDate(printedAt))
        document.add(page)
        return document.render()
    }

    /// The QR code in the lower right corner, with the verification hint beside it in both languages: the verify
    /// page's full address and the seal's verification code. Modules are 2 points, less for a large code or when the
    /// fields above leave less room (never under 1.5).
    static func drawSeal(_ seal: String, verifyURL: String, on page: inout PDFPage, top: Double) throws {
        let code = try QRCode(text: seal, errorCorrection: .medium)
        let room = (height - top - 44 - 6) / Double(code.size + 8)
        let module = min(2.0, 210.0 / Double(code.size), max(1.5, room))
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
        let textWidth = x - 4 * module - 10 - margin
        var line = bottom + side - 8
        var hint: [(String, PDFTypeface, Double)] = [
            ("Electronic seal", .bodyBold, 8.5), ("Sceau électronique", .bodyOblique, 8.5),
            ("Scan the QR code to check that this certificate is genuine,", .body, 8.5),
            ("not voided and not expired, with kpcs verify or online at", .body, 8.5),
            ("Scannez le code QR pour vérifier que ce certificat est authentique,", .bodyOblique, 8.5),
            ("ni annulé ni expiré, avec kpcs verify ou en ligne sur", .bodyOblique, 8.5),
        ]
        hint += fitted(verifyURL, font: .bodyBold, size: 9, maxWidth: textWidth, maxLines: 2).map {
            ($0, PDFTypeface.bodyBold, 9.0)
        }
        hint += [
            ("Verification code · Code de vérification", .body, 8.5),
            (VerificationCode.of(seal: seal), .codeBold, 13),
            ("QR version \(code.version)-M, \(seal.utf8.count) characters / caractères", .body, 8.5),
        ]
        for (string, font, size) in hint {
            if size > 12 { line -= 4 }
            page.text(
                string, at: PDFPoint(x: textX, y: line), font: font, size: size,
                color: font == .bodyOblique ? .gray(0.3) : .black)
            line -= size > 12 ? 16 : 12
        }
    }

    /// `text` wrapped to `maxWidth` in at most `maxLines` lines; what does not fit is cut, the last line ending in
    /// an ellipsis.
    static func fitted(_ text: String, font: PDFTypeface, size: Double, maxWidth: Double, maxLines: Int) -> [String] {
        let wrapped = PDFFontMetrics.wrap(text, font: font, size: size, maxWidth: maxWidth)
        guard wrapped.count > maxLines, maxLines > 0 else { return wrapped }
        var last = wrapped[maxLines - 1]
        while !last.isEmpty, PDFFontMetrics.width(of: last + "…", font: font, size: size) > maxWidth {
            last.removeLast()
        }
        return Array(wrapped.prefix(maxLines - 1)) + [last + "…"]
    }

    /// One of two fields side by side: its labels and its value lines, each with its font and size.
    struct Column {
        let english: String
        let french: String
        var lines: [(text: String, font: PDFTypeface, size: Double)] = []

        init(_ english: String, _ french: String, _ value: String) {
            self.english = english
            self.french = french
            add(value, .body, 10, maxLines: 3)
        }

        /// A company: its name, licence number and address (four lines at most).
        init(_ english: String, _ french: String, party: NamedParty) {
            self.english = english
            self.french = french
            add(party.name, .body, 10, maxLines: 2)
            if let licence = party.licenceNumber { add("Licence no. · N° de licence : \(licence)", .body, 9) }
            if let address = party.address { add(address, .body, 9, maxLines: RegistryRules.maximumAddressLines) }
        }

        /// The validating officer: the account's display name (else its username) and function.
        init(officer: IssuingOfficer?) {
            english = "Validating officer"
            french = "Agent de validation"
            add(officer?.printedName ?? "—", .body, 10, maxLines: 2)
            if let function = officer?.profile.function { add(function, .body, 9, maxLines: 2) }
        }

        mutating func add(_ value: String, _ font: PDFTypeface, _ size: Double, maxLines: Int = 2) {
            lines += CertificatePDF.fitted(
                value, font: font, size: size, maxWidth: CertificatePDF.columnWidth, maxLines: maxLines
            ).map { (text: $0, font: font, size: size) }
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
