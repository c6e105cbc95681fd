import ArgumentParser
import Foundation

/// A command that could not do its work: a file it cannot read or write, a server that refuses, a bad setting in the
/// environment, a refusal by the domain or the database. ArgumentParser prints any error that is not its own as
/// `Error: ` and the description on standard error and exits with status 1; it adds the usage, and exits with 64,
/// only for a ``ValidationError``. So `ValidationError` is kept for an argument that is wrong as typed (a malformed
/// `--at`, an unknown `--language`, an option that needs another), and everything else throws this.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message, as the person at the terminal reads it.
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// An error as ArgumentParser words it: a Foundation error's localized description, else its description.
    static func describe(_ error: any Error) -> String {
        (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
    }

    /// Runs a command's work for a command that documents its own status for an error (`kpcs verify`: 64). An
    /// ``ExitCode`` and a ``ValidationError`` (usage and 64) go through as they are; any other error is printed as
    /// ArgumentParser prints it (`Error: …` on standard error, no usage) and ends the command with `status`.
    static func exiting(with status: ExitCode, _ work: () async throws -> Void) async throws {
        do {
            try await work()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("Error: \(describe(error))\n".utf8))
            throw status
        }
    }
}
