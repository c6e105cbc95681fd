import Foundation
import Hummingbird
import HummingbirdTesting
import KPCSCore
import KPCSTestSupport
import Testing

@testable import KPCSServer

/// Who may call what: 401 without a login, 403 with the wrong role or participant.
@Suite struct AccessAPITests {
    @Test(arguments: TestEngine.all)
    func noTokenIs401AndABadTokenToo(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let anonymous = try await client.call(.post, "/api/v1/certificates", json: world.draftJSON)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer realm=\"kpcs\"")
            #expect(anonymous["type"] as? String == "urn:kpcs:problem:authentication-required")
            let forged = try await client.call(.get, "/api/v1/me", token: "forged")
            #expect(forged.status == .unauthorized && forged["type"] as? String == "urn:kpcs:problem:token-invalid")
            let wrongPassword = try await client.call(
                .post, "/api/v1/auth/token", json: ["username": "bw-officer", "password": "nope-nope-nope"])
            #expect(wrongPassword.status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/companies").status == .unauthorized)
            #expect(try await client.call(.get, "/api/v1/participants").status == .ok)
            #expect(try await client.call(.get, "/health")["status"] as? String == "ok")
        }
    }

    @Test(arguments: TestEngine.all)
    func observerReadsButCannotWrite(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let number = try #require(
                try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)["number"]
                    as? String)
            let observer = try await client.token("observer")
            #expect(try await client.call(.get, "/api/v1/certificates/\(number)", token: observer).status == .ok)
            #expect(
                try await client.call(.post, "/api/v1/certificates", token: observer, json: world.draftJSON).status
                    == .forbidden)
            #expect(
                try await client.call(
                    .post, "/api/v1/certificates/\(number)/void", token: observer, json: ["reason": "x"]
                ).status == .forbidden)
            #expect(
                try await client.call(.post, "/api/v1/companies", token: observer, json: ["name": "x"]).status
                    == .forbidden)
            #expect(try await client.call(.get, "/api/v1/accounts", token: observer).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func officersActOnlyForTheirOwnParticipant(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let bw = try await client.token("bw-officer")
            let ae = try await client.token("ae-officer")
            let number = try #require(
                try await client.call(.post, "/api/v1/certificates", token: bw, json: world.draftJSON)["number"]
                    as? String)
            var forOther = world.draftJSON
            forOther["exportingParticipant"] = "AE"
            #expect(
                try await client.call(.post, "/api/v1/certificates", token: bw, json: forOther).status == .forbidden)
            let receipt: [String: Any] = ["outcome": "refused", "reason": "not ours"]
            let confirm = try await client.call(
                .post, "/api/v1/certificates/\(number)/confirmation", token: ae, json: receipt)
            #expect(
                confirm.status == .forbidden
                    && confirm["type"] as? String == "urn:kpcs:problem:confirm-not-importing-participant")
            #expect(
                try await client.call(.post, "/api/v1/certificates/\(number)/void", token: ae, json: ["reason": "x"])
                    .status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/certificates/\(number)", token: ae).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/certificates", token: ae)["total"] as? Int == 0)
            #expect(try await client.call(.get, "/api/v1/accounts", token: bw).status == .forbidden)
            let status = try await client.call(
                .post, "/api/v1/participants/VE/status", token: bw, json: ["status": "suspended", "reason": "x"])
            #expect(status.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.all)
    func administratorManagesRegistryAndAccounts(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, world in
            let admin = try await client.token("admin")
            let status = try await client.call(
                .post, "/api/v1/participants/VE/status", token: admin,
                json: ["status": "suspended", "reason": "self-suspension", "effectiveOn": "2008-11-01"])
            #expect(status.status == .ok && status["status"] as? String == "suspended")
            let participant = try await client.call(.get, "/api/v1/participants/VE")
            #expect(
                (participant["statusHistory"] as? [[String: Any]])?.first?["reason"] as? String == "self-suspension")
            let eu = try await client.call(.get, "/api/v1/participants/EU")
            #expect((eu["memberStates"] as? [String])?.count == 27)
            let authority = try await client.call(
                .post, "/api/v1/authorities", token: admin,
                json: ["participantCode": "ZA", "name": "ZA office", "canExport": true, "canImport": false])
            #expect(authority.status == .created)
            let account = try await client.call(
                .post, "/api/v1/accounts", token: admin,
                json: [
                    "username": "za-officer", "password": "za-password-1", "role": "officer",
                    "authorityId": authority["id"] as Any,
                ])
            #expect(account.status == .created && account["password"] == nil && account["passwordHash"] == nil)
            let za = try await client.token("za-officer", password: "za-password-1")
            let me = try await client.call(.get, "/api/v1/me", token: za)
            #expect(
                me["participant"] as? String == "ZA" && me["canExport"] as? Bool == true
                    && me["canImport"] as? Bool == false)
            let reset = try await client.call(
                .post, "/api/v1/accounts/za-officer/password", token: admin, json: ["password": "another-pass-2"])
            #expect(reset.status == .noContent)
            #expect(try await client.call(.get, "/api/v1/me", token: za).status == .unauthorized)
            // disable, refused to oneself, enable again
            let fresh = try await client.token("za-officer", password: "another-pass-2")
            let disabled = try await client.call(.post, "/api/v1/accounts/za-officer/disabled", token: admin)
            #expect(disabled.status == .ok && disabled["disabled"] as? Bool == true)
            #expect(try await client.call(.get, "/api/v1/me", token: fresh).status == .unauthorized)
            let login = try await client.call(
                .post, "/api/v1/auth/token", json: ["username": "za-officer", "password": "another-pass-2"])
            #expect(login.status == .unauthorized)
            #expect(try await client.call(.post, "/api/v1/accounts/admin/disabled", token: admin).status == .conflict)
            #expect(
                try await client.call(.post, "/api/v1/accounts/za-officer/disabled", token: za).status == .unauthorized)
            #expect(
                try await client.call(.delete, "/api/v1/accounts/za-officer/disabled", token: admin)["disabled"]
                    as? Bool == false)
            _ = try await client.token("za-officer", password: "another-pass-2")
            _ = world
        }
    }

    @Test(arguments: TestEngine.all)
    func lockedAccountIsTooManyRequestsWithRetryAfter(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for _ in 0..<5 {
                let failed = try await client.call(
                    .post, "/api/v1/auth/token", json: ["username": "ae-officer", "password": "wrong-password"])
                #expect(failed.status == .unauthorized)
            }
            let locked = try await client.call(
                .post, "/api/v1/auth/token", json: ["username": "ae-officer", "password": Fixture.password])
            #expect(locked.status == .tooManyRequests)
            #expect(Int(locked.headers[.retryAfter] ?? "") ?? 0 > 0)
        }
    }

    @Test(arguments: TestEngine.all)
    func logoutRevokesTheToken(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let token = try await client.token("eu-officer")
            #expect(try await client.call(.delete, "/api/v1/auth/token", token: token).status == .noContent)
            #expect(try await client.call(.get, "/api/v1/me", token: token).status == .unauthorized)
        }
    }
}
