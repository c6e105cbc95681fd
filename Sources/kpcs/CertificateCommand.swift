import ArgumentParser
import Foundation
import KPCSServer
import KPCSStore

/// `kpcs certificate`: work with one certificate from the command line.
struct CertificateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate", abstract: "Print certificates.", subcommands: [PDF.self])

    struct PDF: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf",
            abstract: "Write the printable A4 PDF of a certificate (English and French, with its QR seal).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The certificate number, e.g. BW-2026-000042.") var number: String
        @Option(name: .shortAndLong, help: "The file to write (default: NUMBER.pdf; - for standard output).")
        var output: String?

        func run() async throws {
            let publicURL = try database.settings().effectivePublicURL
            try await database.withStore { store in
                let record = try await store.certificates.certificate(number, for: AdminCommand.console)
                let pdf = Data(try CertificatePDF.render(record, publicURL: publicURL, printedAt: Date()))
                let path = output ?? "\(number).pdf"
                if path == "-" {
                    FileHandle.standardOutput.write(pdf)
                } else {
                    try pdf.write(to: URL(fileURLWithPath: path))
                    say("kpcs: wrote \(path) (\(pdf.count) bytes)")
                }
            }
        }
    }
}
