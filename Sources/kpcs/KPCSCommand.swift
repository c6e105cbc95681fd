import ArgumentParser
import Foundation

/// `kpcs`: the Kimberley Process Certification Scheme server and its tools.
@main
struct KPCSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpcs",
        abstract: "An electronic Kimberley Process Certification Scheme: certificates, registry and accounts.",
        subcommands: [ServeCommand.self, MigrateCommand.self, DemoCommand.self, AdminCommand.self])

    /// Line-buffered output, so what `serve` prints reaches a log file or pipe at once.
    static func main() async {
        setvbuf(stdout, nil, _IOLBF, 0)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
