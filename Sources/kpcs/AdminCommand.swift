import ArgumentParser
import Foundation
import KPCSCore
import KPCSServer
import KPCSStore

/// `kpcs admin`: the administrator's tasks from the command line, on the same database as the server.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Administer accounts, authorities and participants.",
        subcommands: [
            CreateUser.self, ResetPassword.self, DisableUser.self, EnableUser.self, SetParticipantStatus.self,
            CreateAuthority.self, SetBody.self,
        ])

    /// The principal the command line acts as: the operator at the console.
    static let console = Principal(accountId: 0, username: "console", role: .administrator, authority: nil)

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create-user", abstract: "Create an account.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The username (3-64 letters, digits, . - _).") var username: String
        @Option(help: "administrator, officer, observer or delegate.") var role: String
        @Option(help: "For an officer: the id of its authority (see GET /api/v1/authorities).") var authorityId: Int64?
        @Option(help: "The password; generated and printed when omitted (env KPCS_NEW_PASSWORD).") var password: String?
        @Option(help: "The scheme body the account sits on: chair or wgs (Working Group on Statistics).") var body:
            String?
        @Option(help: "The name its certificates print, e.g. 'Mpho Dube' (else the username).") var displayName: String?
        @Option(help: "The function its certificates print, e.g. 'KP certificate officer'.") var function: String?
        @Option(help: "For a delegate: the participant it speaks for, e.g. BW.") var participant: String?
        @Option(help: "For an observer: its observer organisation's code, e.g. WDC.") var organisation: String?
        @Option(help: "Where the account's notifications are e-mailed (when KPCS_SMTP_URL is set).") var email: String?

        func run() async throws {
            let schemeBody = try body.map { text in
                guard let body = SchemeBody(rawValue: text) else {
                    throw ValidationError("--body must be chair or wgs.")
                }
                return body
            }
            guard let role = Role(rawValue: role) else {
                throw ValidationError("The role must be administrator, officer, observer or delegate.")
            }
            let password = try password ?? database.settings().newPassword
            let chosen = password ?? FirstAdministrator.generatePassword()
            try await database.withStore { store in
                let account = try await store.accounts.create(
                    username: username, password: chosen, role: role, authorityId: authorityId, body: schemeBody,
                    profile: AccountProfile(displayName: displayName, function: function), participantCode: participant,
                    organisation: organisation, email: email)
                print("created \(account.role.rawValue) '\(account.username)' (id \(account.id))")
                if password == nil { print("password (shown once): \(chosen)") }
            }
        }
    }

    struct SetBody: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-body",
            abstract:
                """
                Put an account on the KP Chair (chair) or the Working Group on Statistics (wgs), or take it off (none).
                """
        )
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String
        @Argument(help: "chair, wgs or none.") var body: String

        func run() async throws {
            let schemeBody: SchemeBody?
            if body == "none" {
                schemeBody = nil
            } else if let parsed = SchemeBody(rawValue: body) {
                schemeBody = parsed
            } else {
                throw ValidationError("The body must be chair, wgs or none.")
            }
            try await database.withStore { store in
                let account = try await store.accounts.setSchemeBody(
                    username: username, body: schemeBody, by: AdminCommand.console)
                print("'\(account.username)' now sits on: \(account.body?.rawValue ?? "no body")")
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password", abstract: "Set a new password, unlock the account and revoke its tokens.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String
        @Option(help: "The new password; generated and printed when omitted (env KPCS_NEW_PASSWORD).") var password:
            String?

        func run() async throws {
            let password = try password ?? database.settings().newPassword
            let chosen = password ?? FirstAdministrator.generatePassword()
            try await database.withStore { store in
                try await store.accounts.resetPassword(username: username, password: chosen)
                print("password of '\(username)' reset; its tokens are revoked")
                if password == nil { print("new password (shown once): \(chosen)") }
            }
        }
    }

    struct DisableUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable-user",
            abstract: "Disable an account: it can no longer log in and its tokens are revoked.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            try await database.withStore { store in
                _ = try await store.accounts.setDisabled(username: username, disabled: true, by: AdminCommand.console)
                print("'\(username)' is disabled; its tokens are revoked")
            }
        }
    }

    struct EnableUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable-user", abstract: "Enable a disabled account again.")
        @OptionGroup var database: DatabaseOptions
        @Argument var username: String

        func run() async throws {
            try await database.withStore { store in
                _ = try await store.accounts.setDisabled(username: username, disabled: false, by: AdminCommand.console)
                print("'\(username)' may log in again")
            }
        }
    }

    struct SetParticipantStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-participant-status", abstract: "Change a participant's status, kept as history.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The participant's alpha-2 code, e.g. VE.") var code: String
        @Argument(help: "candidate, active, suspended or withdrawn.") var status: String
        @Option(help: "Why (required).") var reason: String
        @Option(help: "The day it takes effect, YYYY-MM-DD (default today).") var effectiveOn: String?

        func run() async throws {
            guard let status = ParticipantStatus(rawValue: status) else {
                throw ValidationError("The status must be candidate, active, suspended or withdrawn.")
            }
            try await database.withStore { store in
                let participant = try await store.registry.changeParticipantStatus(
                    code.uppercased(), to: status, reason: reason, effectiveOn: effectiveOn, by: AdminCommand.console)
                print("\(participant.code) (\(participant.nameEn)) is now \(participant.status.rawValue)")
            }
        }
    }

    struct CreateAuthority: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-authority",
            abstract: "Create an exporting and/or importing authority of a participant.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The participant's alpha-2 code (EU for the European Union).") var participant: String
        @Option(help: "The authority's name.") var name: String
        @Option(help: "For the EU: the member state where the authority sits.") var memberState: String?
        @Flag(help: "May issue certificates.") var export = false
        @Flag(name: .customLong("import"), help: "May confirm certificates.") var importRight = false

        func run() async throws {
            try await database.withStore { store in
                let authority = try await store.registry.createAuthority(
                    AuthorityDraft(
                        participantCode: participant.uppercased(), memberState: memberState?.uppercased(), name: name,
                        canExport: export, canImport: importRight),
                    by: AdminCommand.console)
                print("created authority \(authority.id): \(authority.name) (\(authority.participantCode))")
            }
        }
    }
}
