import Hummingbird
import KPCSCore
import KPCSStore

/// Accounts, for the administrator.
enum AccountAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.get, AccountsURL.apiAccounts, .roles([.administrator])) { _, _ in
                JSONBody.response(["items": try await store.accounts.list().map(AccountJSON.init)])
            },
            Operation(.post, AccountsURL.apiAccounts, .roles([.administrator])) { request, _ in
                let body = try await JSONBody.decode(AccountRequest.self, from: request)
                guard let role = Role(rawValue: body.role) else {
                    throw KPCSError.invalid(AccountMessage.roleUnknown(role: body.role), pointer: "/role")
                }
                let account = try await store.accounts.create(
                    username: body.username, password: body.password, role: role, authorityId: body.authorityId,
                    body: try SchemeBodyRequest.parse(body.body), profile: body.profile,
                    participantCode: body.participantCode, organisation: body.organisationCode, email: body.email)
                return JSONBody.response(AccountJSON(account), status: .created)
            },
            Operation(.post, AccountsURL.apiAccountDisabled(.key), .roles([.administrator])) { _, context in
                let account = try await store.accounts.setDisabled(
                    username: context.pathParameter("username"), disabled: true, by: try context.principal())
                return JSONBody.response(AccountJSON(account))
            },
            Operation(.delete, AccountsURL.apiAccountDisabled(.key), .roles([.administrator])) { _, context in
                let account = try await store.accounts.setDisabled(
                    username: context.pathParameter("username"), disabled: false, by: try context.principal())
                return JSONBody.response(AccountJSON(account))
            },
            Operation(.put, AccountsURL.apiAccountBody(.key), .roles([.administrator])) { request, context in
                let body = try await JSONBody.decode(SchemeBodyRequest.self, from: request)
                let account = try await store.accounts.setSchemeBody(
                    username: context.pathParameter("username"), body: try SchemeBodyRequest.parse(body.body),
                    by: try context.principal())
                return JSONBody.response(AccountJSON(account))
            },
            Operation(.put, AccountsURL.apiAccountProfile(.key), .roles([.administrator])) { request, context in
                let body = try await JSONBody.decode(ProfileRequest.self, from: request)
                let account = try await store.accounts.setProfile(
                    username: context.pathParameter("username"), profile: body.profile, by: try context.principal())
                return JSONBody.response(AccountJSON(account))
            },
            Operation(.put, AccountsURL.apiAccountEmail(.key), .roles([.administrator])) { request, context in
                let body = try await JSONBody.decode(EmailRequest.self, from: request)
                let account = try await store.accounts.setEmail(
                    username: context.pathParameter("username"), email: body.email, by: try context.principal())
                return JSONBody.response(AccountJSON(account))
            },
            Operation(.post, AccountsURL.apiAccountPassword(.key), .roles([.administrator])) { request, context in
                let body = try await JSONBody.decode(PasswordRequest.self, from: request)
                try await store.accounts.resetPassword(
                    username: context.pathParameter("username"), password: body.password)
                return Response(status: .noContent)
            },
        ]
    }
}
