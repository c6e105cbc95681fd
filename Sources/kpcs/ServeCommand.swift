import ArgumentParser
import Foundation
import Hummingbird
import KPCSCore
import KPCSDemo
import KPCSServer
import KPCSStore
import Logging

/// `kpcs serve`: migrate, load the registry, create the first administrator, and serve the API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the kpcs server (SQLite in ./kpcs-data by default).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (env KPCS_HOST, default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on (env KPCS_PORT, default 8080).")
    var port: Int?

    @Flag(help: "Also load demo authorities, companies, accounts and certificates (see `kpcs demo accounts`).")
    var demo = false

    @Option(help: "With --demo: certificates of last year's generated trade (0 for none; see `kpcs demo generate`).")
    var demoYearCertificates = 5_000

    func run() async throws {
        let settings = try database.settings(host: host, port: port)
        let logger = makeLogger(settings)
        say("kpcs: settings in effect (flags, else KPCS_… variables, else defaults):")
        let width = KPCSSettings.names.map(\.count).max() ?? 0
        for (name, value) in settings.effective {
            say("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(value)")
        }
        let location = try database.location(settings)
        say("kpcs: opening \(database.describe(location))")
        let store: Store
        do {
            store = try await Store.open(
                location, configuration: try database.storeConfiguration(settings), logger: logger)
            try await store.accounts.prepareLogins()
        } catch let error as KPCSError {
            throw CommandFailure(error.detail(in: Language.fromLocale(ProcessInfo.processInfo.environment)))
        }
        do {
            try await serve(store, settings: settings, logger: logger)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    private func serve(_ store: Store, settings: KPCSSettings, logger: Logger) async throws {
        let host = settings.host
        let port = settings.port
        let administrator = try await FirstAdministrator.ensure(in: store, settings: settings)
        if demo {
            let created = try await DemoData.load(into: store)
            if created > 0 && demoYearCertificates > 0 {
                let year = CalendarDate(utcDayOf: Date()).year - 1
                let outcome = try await DemoYear.generate(into: store, year: year, certificates: demoYearCertificates)
                say(
                    """
                    kpcs: demo year \(year) generated (\(outcome.certificates) certificates; statistics:\
                     /statistics?year=\(year))
                    """
                )
            }
            say(
                created > 0
                    ? "kpcs: demo loaded (\(created) certificates); accounts: kpcs demo accounts"
                    : "kpcs: demo already loaded; accounts: kpcs demo accounts")
        }
        let app = buildApplication(
            store: store,
            settings: ServerSettings(
                host: host, port: port, publicURL: settings.effectivePublicURL, mail: settings.mailSettings),
            logger: logger)
        say("kpcs: serving on http://\(host):\(port)  (health: /health, API: /api/v1, contract: /api/v1/openapi.yaml)")
        say("kpcs: public address \(settings.effectivePublicURL) (KPCS_PUBLIC_URL: the verify page printed on PDFs)")
        if let administrator {
            if let password = administrator.generatedPassword {
                say("kpcs: created administrator '\(administrator.username)' with password: \(password)")
                say("      (shown once; change it with `kpcs admin reset-password \(administrator.username)`)")
            } else {
                say(
                    "kpcs: created administrator '\(administrator.username)' with the password from KPCS_ADMIN_PASSWORD"
                )
            }
        }
        say("kpcs: log in with POST /api/v1/auth/token {\"username\":…,\"password\":…}")
        try await app.runService()
    }
}

/// The first start creates an administrator: its password comes from `KPCS_ADMIN_PASSWORD` or is generated
/// and printed once.
enum FirstAdministrator {
    static func ensure(
        in store: Store, settings: KPCSSettings
    ) async throws -> (username: String, generatedPassword: String?)? {
        guard try await !store.accounts.hasAdministrator() else { return nil }
        let username = settings.adminUsername
        let given = settings.adminPassword
        let password = given ?? generatePassword()
        do {
            _ = try await store.accounts.create(
                username: username, password: password, role: .administrator, authorityId: nil)
        } catch let error as KPCSError where error.kind == .conflict {
            return nil  // another process starting on the same database created it first
        } catch let error as KPCSError {
            throw CommandFailure("KPCS_ADMIN_USERNAME / KPCS_ADMIN_PASSWORD: \(error.detail(in: .en))")
        }
        return (username, given == nil ? password : nil)
    }

    /// 20 characters from an alphabet without look-alikes, from the system's CSPRNG.
    static func generatePassword() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

/// Writes a line to standard output at once (unbuffered), so it reaches a log file or pipe while serving.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
