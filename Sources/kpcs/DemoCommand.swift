import ArgumentParser
import Foundation
import KPCSDemo
import KPCSStore

/// `kpcs demo`: about the demo data.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Demo data loaded by `kpcs serve --demo`.",
        subcommands: [Accounts.self, Generate.self])

    struct Accounts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accounts",
            abstract: "Print the demo accounts as CSV: username,password,role,participant,body,organisation.")

        func run() {
            print(DemoData.accountsCSV, terminator: "")
        }
    }

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract:
                """
                Generate a year of demo trade (certificates, confirmations, production reports) with planted anomalies.
                """,
            discussion: """
                Calibrated on the KP's published production figures. Never run it on a real deployment: it creates \
                demo authorities, companies and officer accounts for the participants it trades between.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The calendar year to fill (the current year is filled up to yesterday).") var year: Int
        @Option(help: "How many certificates (50,000 is about the world's real yearly trade).") var certificates =
            50_000
        @Option(help: "Seed of the random draws: the same seed and year give the same trade.") var seed: UInt64 = 2026

        func validate() throws {
            guard (1...2_000_000).contains(certificates) else {
                throw ValidationError("--certificates must be from 1 to 2,000,000.")
            }
        }

        func run() async throws {
            try await database.withStore { store in
                let started = Date()
                let outcome = try await DemoYear.generate(
                    into: store, year: year, certificates: certificates, seed: seed
                ) { done, total in
                    FileHandle.standardError.write(
                        Data("\rkpcs: \(done)/\(total) certificates (\(done * 100 / max(total, 1)) %)".utf8))
                }
                FileHandle.standardError.write(Data("\n".utf8))
                print(
                    """
                    generated \(outcome.certificates) certificates and \(outcome.productionReports) production reports\
                     for \(outcome.year) 
                    """
                        + """
                        in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (calibrated on KP\
                         production \(outcome.referenceYear)); 
                        """
                        + "\(outcome.underValued.count) under-valued certificates planted, a mirror gap on "
                            + """
                            \(DemoYear.plantedMirrorGap.exporter)→\(DemoYear.plantedMirrorGap.importer), a mark-up by\
                             \(DemoYear.plantedHub)
                            """
                )
            }
        }
    }
}
