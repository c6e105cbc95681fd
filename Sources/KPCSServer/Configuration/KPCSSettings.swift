import Foundation
import KPCSCore
import KPCSSMTP
import KPCSSeal
import KPCSStore
import Logging

/// Every `KPCS_…` setting of the command line, read and checked in one place. A flag given on the command line wins
/// over its environment variable; every bad value is reported at once (``SettingsError``); ``effective`` lists what
/// applies, with secrets masked, for `kpcs serve` to print at start.
public struct KPCSSettings: Sendable {
    /// The flags that override an environment variable.
    public struct Flags: Sendable {
        public var dataDir: String?
        public var databaseURL: String?
        public var host: String?
        public var port: Int?

        public init(dataDir: String? = nil, databaseURL: String? = nil, host: String? = nil, port: Int? = nil) {
            self.dataDir = dataDir
            self.databaseURL = databaseURL
            self.host = host
            self.port = port
        }
    }

    /// The folder of the SQLite database and of the master key file made on first start.
    public var dataDir = "./kpcs-data"
    /// PostgreSQL instead of SQLite when set.
    public var databaseURL: String?
    public var host = "127.0.0.1"
    public var port = 8080
    /// The address users reach the server at (`KPCS_PUBLIC_URL`), checked and without a trailing slash; nil: derived
    /// from the host and port (``effectivePublicURL``).
    public var publicURL: String?
    public var logLevel = Logger.Level.info
    public var validity = ValidityPolicy(defaultDays: 90, maximumDays: 365)
    public var bcryptCost: UInt8 = 12
    public var tokenLifetimeMinutes = 720
    public var listLifetimeHours = 72
    public var logOrigin: String?
    public var logWitnesses: [NoteVerifierKey] = []
    /// The master key itself (base64 of 32 bytes): a secret.
    public var masterKey: String?
    public var masterKeyFile: String?
    public var adminUsername = "admin"
    /// The first administrator's password: a secret.
    public var adminPassword: String?
    /// The password `kpcs admin create-user|reset-password` sets when none is given: a secret.
    public var newPassword: String?
    /// Where `kpcs verify` keeps the synced trust material.
    public var trustDir: String?
    /// The supports a decision needs besides no objection (`KPCS_DECISION_QUORUM`).
    public var decisionQuorum = 1
    /// The shortest notice of a written procedure, in minutes (`KPCS_WRITTEN_PROCEDURE_NOTICE_MINUTES`).
    public var writtenProcedureNoticeMinutes = 1440
    /// The month and day of the following year a participant's annual report is due (`KPCS_ANNUAL_REPORT_DUE`).
    public var annualReportDue = AnnualReportDue.standard
    /// The definition of conflict diamonds the deployment applies (`KPCS_CONFLICT_DEFINITION`).
    public var conflictDefinition = ConflictDefinition.kp2003
    /// The SMTP server notifications are e-mailed through (`KPCS_SMTP_URL`); nil: no e-mail. Its password is a secret.
    public var smtpServer: SMTPServerAddress?
    /// The sender's address (`KPCS_SMTP_FROM`), required with `KPCS_SMTP_URL`.
    public var smtpFrom: MailAddress?
    /// Certificates (PEM) trusted for the SMTP server besides the system's, read from `KPCS_SMTP_CA_FILE`.
    public var smtpTrust: String?
    public var smtpCAFile: String?

    /// Every setting kpcs reads, with what it is for, in the order ``effective`` lists them.
    public static let names = [
        "KPCS_DATA_DIR", "KPCS_DATABASE_URL", "KPCS_HOST", "KPCS_PORT", "KPCS_PUBLIC_URL", "KPCS_LOG_LEVEL",
        "KPCS_DEFAULT_VALIDITY_DAYS", "KPCS_MAX_VALIDITY_DAYS", "KPCS_BCRYPT_COST", "KPCS_TOKEN_LIFETIME_MINUTES",
        "KPCS_LIST_LIFETIME_HOURS", "KPCS_LOG_ORIGIN", "KPCS_LOG_WITNESSES", "KPCS_MASTER_KEY", "KPCS_MASTER_KEY_FILE",
        "KPCS_ADMIN_USERNAME", "KPCS_ADMIN_PASSWORD", "KPCS_NEW_PASSWORD", "KPCS_TRUST_DIR",
        "KPCS_DECISION_QUORUM", "KPCS_WRITTEN_PROCEDURE_NOTICE_MINUTES", "KPCS_ANNUAL_REPORT_DUE",
        "KPCS_CONFLICT_DEFINITION", "KPCS_SMTP_URL",
        "KPCS_SMTP_FROM",
        "KPCS_SMTP_CA_FILE",
    ]

    public init() {}

    /// Reads the environment and the flags; throws one ``SettingsError`` naming every bad setting.
    public static func read(
        _ environment: [String: String], flags: Flags = Flags()
    ) throws(SettingsError) -> KPCSSettings {
        var reader = SettingsReader(environment: environment)
        var settings = KPCSSettings()
        settings.dataDir = flags.dataDir ?? reader.text("KPCS_DATA_DIR") ?? settings.dataDir
        settings.databaseURL = flags.databaseURL.flatMap { $0.isEmpty ? nil : $0 } ?? reader.text("KPCS_DATABASE_URL")
        settings.host = flags.host ?? reader.text("KPCS_HOST") ?? settings.host
        if let port = flags.port {
            if (1...65535).contains(port) {
                settings.port = port
            } else {
                reader.problem("--port must be from 1 to 65535.")
            }
        } else {
            settings.port = reader.whole("KPCS_PORT", default: settings.port, range: 1...65535)
        }
        if let text = reader.text("KPCS_PUBLIC_URL") {
            if let url = checkedPublicURL(text) {
                settings.publicURL = url
            } else {
                reader.problem(
                    """
                    KPCS_PUBLIC_URL must be an absolute http:// or https:// URL with a host and no query, fragment or\
                     user (such as https://kpcs.example.org), not \(Self.masked(text)).
                    """)
            }
        }
        if let level = reader.text("KPCS_LOG_LEVEL") {
            if let value = Logger.Level(rawValue: level) {
                settings.logLevel = value
            } else {
                let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem("KPCS_LOG_LEVEL must be one of \(levels), not \(level).")
            }
        }
        let defaultDays = reader.whole("KPCS_DEFAULT_VALIDITY_DAYS", default: 90, range: 1...3650)
        let maximumDays = reader.whole("KPCS_MAX_VALIDITY_DAYS", default: 365, range: 1...3650)
        settings.validity = ValidityPolicy(defaultDays: defaultDays, maximumDays: maximumDays)
        settings.bcryptCost = UInt8(reader.whole("KPCS_BCRYPT_COST", default: 12, range: 4...16))
        settings.tokenLifetimeMinutes = reader.whole("KPCS_TOKEN_LIFETIME_MINUTES", default: 720, range: 1...43_200)
        settings.listLifetimeHours = reader.whole("KPCS_LIST_LIFETIME_HOURS", default: 72, range: 1...8760)
        if let origin = reader.text("KPCS_LOG_ORIGIN") {
            if origin.contains(" ") || origin.contains("+") || origin.contains("\n") {
                reader.problem("KPCS_LOG_ORIGIN must be a schema-less URL without spaces or '+', not \(origin).")
            } else {
                settings.logOrigin = origin
            }
        }
        for text in (reader.text("KPCS_LOG_WITNESSES") ?? "").split(separator: ",") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let key = NoteVerifierKey(verifierKey: trimmed), key.signatureType == Cosignature.signatureType {
                settings.logWitnesses.append(key)
            } else {
                reader.problem("KPCS_LOG_WITNESSES: \(trimmed) is not a witness verifier key (type 0x04).")
            }
        }
        settings.masterKey = reader.text("KPCS_MASTER_KEY")
        if let key = settings.masterKey, (try? MasterKey(base64: key)) == nil {
            reader.problem("KPCS_MASTER_KEY must be 32 bytes in base64 (for example `openssl rand -base64 32`).")
        }
        settings.masterKeyFile = reader.text("KPCS_MASTER_KEY_FILE")
        settings.adminUsername = reader.text("KPCS_ADMIN_USERNAME") ?? settings.adminUsername
        settings.adminPassword = environment["KPCS_ADMIN_PASSWORD"]
        settings.newPassword = environment["KPCS_NEW_PASSWORD"]
        settings.trustDir = reader.text("KPCS_TRUST_DIR")
        settings.decisionQuorum = reader.whole("KPCS_DECISION_QUORUM", default: 1, range: 0...200)
        settings.writtenProcedureNoticeMinutes = reader.whole(
            "KPCS_WRITTEN_PROCEDURE_NOTICE_MINUTES", default: 1440, range: 1...43_200)
        if let text = reader.text("KPCS_ANNUAL_REPORT_DUE") {
            if let due = AnnualReportDue(text) {
                settings.annualReportDue = due
            } else {
                reader.problem(
                    """
                    KPCS_ANNUAL_REPORT_DUE is MM-DD, a day of the year after the report's (such as 06-01), not\
                     \(text.prefix(40)).
                    """
                )
            }
        }
        if let text = reader.text("KPCS_CONFLICT_DEFINITION") {
            if let definition = ConflictDefinition(rawValue: text) {
                settings.conflictDefinition = definition
            } else {
                let known = ConflictDefinition.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem("KPCS_CONFLICT_DEFINITION is one of \(known), not \(text.prefix(40)).")
            }
        }
        settings.readMail(&reader)
        guard reader.problems.isEmpty else { throw SettingsError(problems: reader.problems) }
        return settings
    }

    /// The address users reach the server at: `KPCS_PUBLIC_URL`, else `http://HOST:PORT` of the listen address.
    public var effectivePublicURL: String { publicURL ?? ServerSettings.derivedPublicURL(host: host, port: port) }

    /// A public URL as `KPCS_PUBLIC_URL` takes it: `http` or `https`, a host, maybe a port and a path, no query,
    /// fragment, user or space; returned without its trailing slashes. Nil for anything else.
    public static func checkedPublicURL(_ text: String) -> String? {
        guard !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" }),
            let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, components.user == nil, components.password == nil,
            components.query == nil, components.fragment == nil
        else { return nil }
        var url = text
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// Whether the database is PostgreSQL.
    public var onPostgres: Bool { databaseURL != nil }

    /// The database location (the SQLite file inside the data folder, which the caller creates).
    public var databaseLocation: DatabaseLocation {
        if let databaseURL { return .postgres(url: databaseURL) }
        return .sqlite(path: (dataDir as NSString).appendingPathComponent("kpcs.sqlite"))
    }

    /// The store's settings; the master key comes from the caller, who may have to read or create a file.
    public func storeConfiguration(masterKey: MasterKey) -> StoreConfiguration {
        StoreConfiguration(
            validity: validity, bcryptCost: bcryptCost, tokenLifetime: Double(tokenLifetimeMinutes) * 60,
            masterKey: masterKey, listLifetime: Double(listLifetimeHours) * 3600,
            logOrigin: logOrigin ?? StoreConfiguration.defaultLogOrigin, logWitnesses: logWitnesses,
            decisionQuorum: decisionQuorum, writtenProcedureNotice: Double(writtenProcedureNoticeMinutes) * 60,
            mailDelivery: smtpServer != nil, annualReportDue: annualReportDue, conflictDefinition: conflictDefinition)
    }

    /// How notifications are e-mailed, when `KPCS_SMTP_URL` is set.
    public var mailSettings: MailSettings? {
        guard let smtpServer, let smtpFrom else { return nil }
        return MailSettings(server: smtpServer, from: smtpFrom, additionalTrust: smtpTrust)
    }

    /// Reads `KPCS_SMTP_URL`, `KPCS_SMTP_FROM` and `KPCS_SMTP_CA_FILE`: the sender is required with a server, and
    /// the file must hold PEM certificates.
    private mutating func readMail(_ reader: inout SettingsReader) {
        if let text = reader.text("KPCS_SMTP_URL") {
            switch SMTPServerAddress.parse(text) {
            case .success(let address): smtpServer = address
            case .failure(let reason): reader.problem("KPCS_SMTP_URL: \(reason).")
            }
        }
        if let text = reader.text("KPCS_SMTP_FROM") {
            smtpFrom = MailAddress(text)
            if smtpFrom == nil { reader.problem("KPCS_SMTP_FROM must be an e-mail address such as kpcs@example.org.") }
        } else if reader.text("KPCS_SMTP_URL") != nil {
            reader.problem("KPCS_SMTP_FROM is required with KPCS_SMTP_URL: the address the e-mails come from.")
        }
        if let path = reader.text("KPCS_SMTP_CA_FILE") {
            smtpCAFile = path
            let text = (try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
                .flatMap { $0.count <= 1_000_000 ? String(decoding: $0, as: UTF8.self) : nil }
            if let text, text.contains("-----BEGIN CERTIFICATE-----") {
                smtpTrust = text
            } else {
                reader.problem("KPCS_SMTP_CA_FILE must be a readable file of PEM certificates (at most 1 MB): \(path).")
            }
        }
    }

    /// What applies, one `(name, value)` per setting; secrets and a database password are masked.
    public var effective: [(name: String, value: String)] {
        func secret(_ value: String?) -> String { value == nil ? "(not set)" : "(set, hidden)" }
        return [
            ("KPCS_DATA_DIR", dataDir), ("KPCS_DATABASE_URL", databaseURL.map(Self.masked) ?? "(not set: SQLite)"),
            ("KPCS_HOST", host), ("KPCS_PORT", String(port)),
            ("KPCS_PUBLIC_URL", publicURL ?? "\(effectivePublicURL) (from KPCS_HOST and KPCS_PORT)"),
            ("KPCS_LOG_LEVEL", logLevel.rawValue),
            ("KPCS_DEFAULT_VALIDITY_DAYS", String(validity.defaultDays)),
            ("KPCS_MAX_VALIDITY_DAYS", String(validity.maximumDays)), ("KPCS_BCRYPT_COST", String(bcryptCost)),
            ("KPCS_TOKEN_LIFETIME_MINUTES", String(tokenLifetimeMinutes)),
            ("KPCS_LIST_LIFETIME_HOURS", String(listLifetimeHours)),
            ("KPCS_LOG_ORIGIN", logOrigin ?? StoreConfiguration.defaultLogOrigin),
            ("KPCS_LOG_WITNESSES", logWitnesses.isEmpty ? "(none)" : logWitnesses.map(\.name).joined(separator: ", ")),
            ("KPCS_MASTER_KEY", secret(masterKey)),
            ("KPCS_MASTER_KEY_FILE", masterKeyFile ?? (dataDir as NSString).appendingPathComponent("master.key")),
            ("KPCS_ADMIN_USERNAME", adminUsername), ("KPCS_ADMIN_PASSWORD", secret(adminPassword)),
            ("KPCS_NEW_PASSWORD", secret(newPassword)), ("KPCS_TRUST_DIR", trustDir ?? "~/.kpcs/trust"),
            ("KPCS_DECISION_QUORUM", String(decisionQuorum)),
            ("KPCS_WRITTEN_PROCEDURE_NOTICE_MINUTES", String(writtenProcedureNoticeMinutes)),
            ("KPCS_ANNUAL_REPORT_DUE", annualReportDue.description),
            ("KPCS_CONFLICT_DEFINITION", conflictDefinition.rawValue),
            ("KPCS_SMTP_URL", smtpServer?.description ?? "(not set: no e-mail)"),
            ("KPCS_SMTP_FROM", smtpFrom?.text ?? "(not set)"), ("KPCS_SMTP_CA_FILE", smtpCAFile ?? "(system's only)"),
        ]
    }

    /// A database URL with its password replaced by `*****`.
    public static func masked(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "(unreadable URL, hidden)" }
        if components.password != nil { components.password = "*****" }
        return components.string ?? "(hidden)"
    }
}

/// Every bad setting found, each as a sentence that names it.
public struct SettingsError: Error, CustomStringConvertible {
    public let problems: [String]
    /// All of them, one per line, as the command line prints them.
    public var description: String { "bad settings:\n" + problems.map { "  - " + $0 }.joined(separator: "\n") }
}

/// Reads environment values, collecting problems instead of stopping at the first.
private struct SettingsReader {
    let environment: [String: String]
    var problems: [String] = []

    /// A value, nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    mutating func whole(_ name: String, default value: Int, range: ClosedRange<Int>) -> Int {
        guard let text = text(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            problem("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text).")
            return value
        }
        return number
    }

    mutating func problem(_ sentence: String) { problems.append(sentence) }
}
