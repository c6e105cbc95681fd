import Foundation
import KPCSCore
import KPCSSMTP
import KPCSSeal
import KPCSServer
import KPCSStore
import Logging
import Testing

/// Every `KPCS_…` setting is read in one place: flags win, every bad value is reported at once, secrets are masked.
@Suite struct SettingsTests {
    @Test func defaultsApplyWhenNothingIsSet() throws {
        let settings = try KPCSSettings.read([:])
        #expect(settings.dataDir == "./kpcs-data" && settings.databaseURL == nil && !settings.onPostgres)
        #expect(settings.host == "127.0.0.1" && settings.port == 8080 && settings.logLevel == .info)
        #expect(
            settings.validity.defaultDays == 90 && settings.validity.maximumDays == 365 && settings.bcryptCost == 12)
        #expect(settings.databaseLocation == .sqlite(path: "./kpcs-data/kpcs.sqlite"))
        #expect(settings.effective.map(\.name) == KPCSSettings.names)
    }

    @Test func flagsWinOverTheEnvironment() throws {
        let environment = [
            "KPCS_HOST": "0.0.0.0", "KPCS_PORT": "9000", "KPCS_DATA_DIR": "/env", "KPCS_DATABASE_URL": "",
        ]
        let settings = try KPCSSettings.read(environment, flags: .init(dataDir: "/flag", host: "::1", port: 9001))
        #expect(settings.host == "::1" && settings.port == 9001 && settings.dataDir == "/flag")
        let fromEnvironment = try KPCSSettings.read(environment)
        #expect(fromEnvironment.host == "0.0.0.0" && fromEnvironment.port == 9000 && fromEnvironment.databaseURL == nil)
    }

    @Test func everyBadSettingIsReportedAtOnceByName() {
        let environment = [
            "KPCS_PORT": "http", "KPCS_BCRYPT_COST": "40", "KPCS_LOG_LEVEL": "loud", "KPCS_LOG_ORIGIN": "a b",
            "KPCS_LOG_WITNESSES": "not-a-key", "KPCS_MASTER_KEY": "short", "KPCS_DEFAULT_VALIDITY_DAYS": "0",
        ]
        do {
            _ = try KPCSSettings.read(environment)
            Issue.record("bad settings were accepted")
        } catch {
            let named = [
                "KPCS_PORT", "KPCS_BCRYPT_COST", "KPCS_LOG_LEVEL", "KPCS_LOG_ORIGIN", "KPCS_LOG_WITNESSES",
                "KPCS_MASTER_KEY",
                "KPCS_DEFAULT_VALIDITY_DAYS",
            ]
            #expect(error.problems.count == named.count, "\(error.problems)")
            for name in named { #expect(error.problems.contains { $0.hasPrefix(name) }, "\(name) not reported") }
            #expect(error.description.hasPrefix("bad settings:\n  - "))
            #expect(!error.description.contains("short"), "a secret is echoed")
        }
        #expect(throws: SettingsError.self) { try KPCSSettings.read([:], flags: .init(port: 70_000)) }
    }

    @Test func theAnnualReportsDueDayIsAMonthAndDayOfTheFollowingYear() throws {
        #expect(try KPCSSettings.read([:]).annualReportDue == .standard)
        let set = try KPCSSettings.read(["KPCS_ANNUAL_REPORT_DUE": "03-31"])
        #expect(set.annualReportDue.dueOn(reportYear: 2025) == CalendarDate(iso: "2026-03-31"))
        #expect(set.storeConfiguration(masterKey: MasterKey()).annualReportDue == set.annualReportDue)
        #expect(set.effective.contains { $0.name == "KPCS_ANNUAL_REPORT_DUE" && $0.value == "03-31" })
        for bad in ["02-29", "3-31", "03-32", "june"] {
            #expect(throws: SettingsError.self) { try KPCSSettings.read(["KPCS_ANNUAL_REPORT_DUE": bad]) }
        }
    }

    @Test func theConflictDefinitionIsOneOfThePolicies() throws {
        #expect(try KPCSSettings.read([:]).conflictDefinition == .kp2003)
        let broadened = try KPCSSettings.read(["KPCS_CONFLICT_DEFINITION": "broadened-2019"])
        #expect(broadened.storeConfiguration(masterKey: MasterKey()).conflictDefinition == .broadened2019)
        #expect(throws: SettingsError.self) { try KPCSSettings.read(["KPCS_CONFLICT_DEFINITION": "any"]) }
    }

    @Test func thePublicURLDefaultsToTheListenAddress() throws {
        let defaults = try KPCSSettings.read([:])
        #expect(defaults.publicURL == nil && defaults.effectivePublicURL == "http://127.0.0.1:8080")
        #expect(
            defaults.effective.contains {
                $0.name == "KPCS_PUBLIC_URL" && $0.value == "http://127.0.0.1:8080 (from KPCS_HOST and KPCS_PORT)"
            })
        let everywhere = try KPCSSettings.read(["KPCS_HOST": "0.0.0.0", "KPCS_PORT": "9000"])
        #expect(everywhere.effectivePublicURL == "http://localhost:9000")
        let ipv6 = try KPCSSettings.read([:], flags: .init(host: "::1", port: 9001))
        #expect(ipv6.effectivePublicURL == "http://[::1]:9001")
        #expect(ServerSettings().publicURL == "http://127.0.0.1:8080")
        #expect(ServerSettings(host: "kpcs.internal", port: 80).publicURL == "http://kpcs.internal:80")
        #expect(ServerSettings(publicURL: "https://kpcs.example.org").publicURL == "https://kpcs.example.org")
    }

    @Test func thePublicURLIsAnAbsoluteHTTPAddressKeptWithoutItsTrailingSlash() throws {
        for (text, kept) in [
            ("https://kpcs.example.org", "https://kpcs.example.org"),
            ("https://kpcs.example.org/", "https://kpcs.example.org"),
            ("http://kpcs.example.org:8443/kp//", "http://kpcs.example.org:8443/kp"),
            ("HTTPS://KPCS.example.org", "HTTPS://KPCS.example.org"), ("http://10.0.0.5:8080", "http://10.0.0.5:8080"),
        ] {
            let settings = try KPCSSettings.read(["KPCS_PUBLIC_URL": text, "KPCS_PORT": "9000"])
            #expect(settings.publicURL == kept && settings.effectivePublicURL == kept, "\(text)")
            #expect(settings.effective.contains { $0.name == "KPCS_PUBLIC_URL" && $0.value == kept }, "\(text)")
        }
        for bad in [
            "kpcs.example.org", "ftp://kpcs.example.org", "https://", "https://kpcs.example.org/?a=1",
            "https://kpcs.example.org/#top", "https://kpcs.example.org?", "https://admin:secret@kpcs.example.org",
            "https://kpcs example.org", "/verify", "javascript:alert(1)",
        ] {
            do {
                _ = try KPCSSettings.read(["KPCS_PUBLIC_URL": bad])
                Issue.record("\(bad) was accepted")
            } catch {
                #expect(error.problems.count == 1 && error.problems[0].hasPrefix("KPCS_PUBLIC_URL"), "\(bad)")
                #expect(!error.description.contains("secret"), "a password in the URL is echoed")
            }
        }
    }

    @Test func theEffectiveSettingsNeverShowASecret() throws {
        let masterKey = Data(repeating: 7, count: 32).base64EncodedString()
        let environment = [
            "KPCS_MASTER_KEY": masterKey, "KPCS_ADMIN_PASSWORD": "first-admin-secret",
            "KPCS_NEW_PASSWORD": "new-secret",
            "KPCS_DATABASE_URL": "postgres://kpcs:db-secret@db.example:5432/kpcs", "KPCS_TOKEN_LIFETIME_MINUTES": "30",
        ]
        let settings = try KPCSSettings.read(environment)
        #expect(settings.onPostgres && settings.storeConfiguration(masterKey: .init()).tokenLifetime == 1800)
        let printed = settings.effective.map { "\($0.name) \($0.value)" }.joined(separator: "\n")
        for secret in [masterKey, "first-admin-secret", "new-secret", "db-secret"] {
            #expect(!printed.contains(secret), "\(secret) printed")
        }
        #expect(printed.contains("KPCS_DATABASE_URL postgres://kpcs:*****@db.example:5432/kpcs"))
        #expect(printed.contains("KPCS_MASTER_KEY (set, hidden)") && printed.contains("KPCS_TOKEN_LIFETIME_MINUTES 30"))
    }
}

extension SettingsTests {
    @Test func theSMTPServerIsReadWithItsSenderAndItsPasswordIsNeverShown() throws {
        let none = try KPCSSettings.read([:])
        #expect(none.mailSettings == nil && !none.storeConfiguration(masterKey: MasterKey()).mailDelivery)
        let settings = try KPCSSettings.read([
            "KPCS_SMTP_URL": "smtp://kpcs:s3cret@mail.example.org", "KPCS_SMTP_FROM": "kpcs@example.org",
        ])
        #expect(settings.mailSettings?.server.host == "mail.example.org" && settings.mailSettings?.server.port == 587)
        #expect(settings.storeConfiguration(masterKey: MasterKey()).mailDelivery)
        let shown = settings.effective.first { $0.name == "KPCS_SMTP_URL" }?.value
        #expect(shown == "smtp://kpcs:*****@mail.example.org:587")
        #expect(!settings.effective.contains { $0.value.contains("s3cret") })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpcs-ca-\(UUID().uuidString)")
        try "not a certificate".write(to: folder, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try KPCSSettings.read([
                "KPCS_SMTP_URL": "smtp://kpcs:s3cret@mail.example.org?tls=maybe", "KPCS_SMTP_CA_FILE": folder.path,
            ])
            Issue.record("bad SMTP settings were accepted")
        } catch {
            for name in ["KPCS_SMTP_URL", "KPCS_SMTP_FROM", "KPCS_SMTP_CA_FILE"] {
                #expect(error.problems.contains { $0.hasPrefix(name) }, "\(name) not reported: \(error.problems)")
            }
            #expect(!error.description.contains("s3cret"), "a secret is echoed")
        }
        #expect(throws: SettingsError.self) {
            try KPCSSettings.read(["KPCS_SMTP_URL": "smtp://mail.example.org", "KPCS_SMTP_FROM": "kpcs"])
        }
    }
}
