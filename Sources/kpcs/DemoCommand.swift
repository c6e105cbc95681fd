import ArgumentParser
import KPCSStore

/// `kpcs demo`: about the demo data.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Demo data loaded by `kpcs serve --demo`.", subcommands: [Accounts.self])

    struct Accounts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accounts", abstract: "Print the demo accounts as CSV: username,password,role,participant.")

        func run() {
            print(DemoData.accountsCSV, terminator: "")
        }
    }
}
