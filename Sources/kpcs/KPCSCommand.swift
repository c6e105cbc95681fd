import ArgumentParser

/// `kpcs`: the Kimberley Process Certification Scheme server and its tools.
@main
struct KPCSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpcs",
        abstract: "An electronic Kimberley Process Certification Scheme: certificates, seals, registry and accounts.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, DemoCommand.self, AdminCommand.self, KeysCommand.self,
            VerifyCommand.self,
            CertificateCommand.self, LogCommand.self, StatsCommand.self,
        ])

}
