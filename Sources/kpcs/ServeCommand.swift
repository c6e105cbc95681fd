import ArgumentParser
import Foundation
import Hummingbird
import KPCSCore
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
        let logger = makeLogger()
        let environment = ProcessInfo.processInfo.environment
        let host = host ?? environment["KPCS_HOST"] ?? "127.0.0.1"
        let port = try port ?? database.intSetting("KPCS_PORT", default: 8080, range: 1...65535)
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535.") }
        let location = try database.location()
        say("kpcs: opening \(database.describe(location))")
        let store: Store
        do {
            store = try await Store.open(location, configuration: try database.storeConfiguration(), logger: logger)
            try await store.prepareLogins()
        } catch let error as KPCSError {
            throw ValidationError(error.detail(in: Language.fromLocale(environment)))
        }
        do {
            try await serve(store, host: host, port: port, environment: environment, logger: logger)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    private func serve(_ store: Store, host: String, port: Int, environment: [String: String], logger: Logger) async throws {
        let administrator = try await FirstAdministrator.ensure(in: store, environment: environment)
        if demo {
            let created = try await DemoData.load(into: store)
            if created > 0 && demoYearCertificates > 0 {
                let year = CalendarDate(utcDayOf: Date()).year - 1
                let outcome = try await DemoYear.generate(into: store, year: year, certificates: demoYearCertificates)
                say("kpcs: demo year \(year) generated (\(outcome.certificates) certificates; statistics: /statistics?year=\(year))")
            }
            say(created > 0 ? "kpcs: demo loaded (\(created) certificates); accounts: kpcs demo accounts" : "kpcs: demo already loaded; accounts: kpcs demo accounts")
        }
        let app = buildApplication(store: store, settings: ServerSettings(host: host, port: port), logger: logger)
        say("kpcs: serving on http://\(host):\(port)  (health: /health, API: /api/v1, contract: /api/v1/openapi.yaml)")
        if let administrator {
            if let password = administrator.generatedPassword {
                say("kpcs: created administrator '\(administrator.username)' with password: \(password)")
                say("      (shown once; change it with `kpcs admin reset-password \(administrator.username)`)")
            } else {
                say("kpcs: created administrator '\(administrator.username)' with the password from KPCS_ADMIN_PASSWORD")
            }
        }
        say("kpcs: log in with POST /api/v1/auth/token {\"username\":…,\"password\":…}")
        try await app.runService()
    }
}

/// The first start creates an administrator: its password comes from `KPCS_ADMIN_PASSWORD` or is generated
/// and printed once.
enum FirstAdministrator {
    static func ensure(in store: Store, environment: [String: String]) async throws -> (username: String, generatedPassword: String?)? {
        guard try await !store.hasAdministrator() else { return nil }
        let username = environment["KPCS_ADMIN_USERNAME"] ?? "admin"
        let given = environment["KPCS_ADMIN_PASSWORD"]
        let password = given ?? generatePassword()
        do {
            _ = try await store.createAccount(username: username, password: password, role: .administrator, authorityId: nil)
        } catch let error as KPCSError where error.kind == .conflict {
            return nil  // another process starting on the same database created it first
        } catch let error as KPCSError {
            throw ValidationError("KPCS_ADMIN_USERNAME / KPCS_ADMIN_PASSWORD: \(error.detail(in: .en))")
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
