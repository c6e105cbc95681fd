import Foundation
import KPCSCore
import KPCSTestSupport
import Testing

@testable import KPCSStore

/// The lockout holds for guesses sent at once, and an unknown username is counted, locked and timed as a known one.
@Suite struct LoginLockoutTests {
    /// Sends `count` logins at once and returns how many were checked and refused (401) and how many locked out (429).
    static func guessTogether(
        _ store: Store, username: String, count: Int, password: String = "wrong-password"
    ) async -> (checked: Int, locked: Int, other: Int) {
        await withTaskGroup(of: KPCSError.Kind?.self) { group in
            for _ in 0..<count {
                group.addTask {
                    do {
                        _ = try await store.accounts.login(username: username, password: password)
                        return nil
                    } catch let error as KPCSError { return error.kind } catch { return .internalError }
                }
            }
            var outcome = (checked: 0, locked: 0, other: 0)
            for await kind in group {
                switch kind {
                case .unauthenticated?: outcome.checked += 1
                case .locked?: outcome.locked += 1
                default: outcome.other += 1
                }
            }
            return outcome
        }
    }

    @Test(arguments: TestEngine.all)
    func fiftyGuessesAtOnceCheckAtMostFivePasswords(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            _ = try await Fixture.make(store)
            let outcome = await Self.guessTogether(store, username: "eu-officer", count: 50)
            #expect(outcome.checked == 5 && outcome.locked == 45 && outcome.other == 0, "\(outcome)")
            let right = await #expect(throws: KPCSError.self) {
                try await store.accounts.login(username: "eu-officer", password: Fixture.password)
            }
            #expect(right?.kind == .locked, "the right password after the lock is not checked")
            clock.advance(seconds: 15 * 60 + 1)
            _ = try await store.accounts.login(username: "eu-officer", password: Fixture.password)
        }
    }

    @Test(arguments: TestEngine.all)
    func anUnknownUsernameLocksLikeAKnownOne(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            _ = try await Fixture.make(store)
            let unknown = await Self.guessTogether(store, username: "no-such-officer", count: 12)
            let known = await Self.guessTogether(store, username: "bw-officer", count: 12)
            #expect(unknown.checked == 5 && unknown.locked == 7, "\(unknown)")
            #expect(known.checked == unknown.checked && known.locked == unknown.locked, "\(known)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aSuccessClearsTheCountAndResettingThePasswordLiftsTheLock(engine: TestEngine) async throws {
        try await withTestStore(engine) { store in
            _ = try await Fixture.make(store)
            for _ in 0..<4 {
                await #expect(throws: KPCSError.self) {
                    try await store.accounts.login(username: "eu-officer", password: "wrong-password")
                }
            }
            _ = try await store.accounts.login(username: "eu-officer", password: Fixture.password)
            for _ in 0..<4 {
                await #expect(throws: KPCSError.self) {
                    try await store.accounts.login(username: "eu-officer", password: "wrong-password")
                }
            }
            _ = try await store.accounts.login(username: "eu-officer", password: Fixture.password)
            _ = await Self.guessTogether(store, username: "eu-officer", count: 6)
            try await store.accounts.resetPassword(username: "eu-officer", password: "a-new-long-password")
            _ = try await store.accounts.login(username: "eu-officer", password: "a-new-long-password")
        }
    }

    /// The refusal of an unknown username compares the password with a hash of the accounts' own cost, so it takes
    /// as long as a known username's (measured in docs/operations.md, not in this test).
    @Test func theDummyHashHasTheAccountsCost() async throws {
        try await withTestStore(.sqlite, configure: { $0.bcryptCost = 6 }) { store in
            let hash = try await store.accounts.dummyPasswordHash()
            #expect(hash.hasPrefix("$2b$06$") || hash.hasPrefix("$2a$06$") || hash.hasPrefix("$2y$06$"), "\(hash)")
        }
    }

    @Test func usernamesNoAccountCanHaveAreRefusedWithoutACount() async throws {
        try await withTestStore(.sqlite) { store in
            let long = String(repeating: "a", count: 100_000)
            for _ in 0..<8 {
                await #expect(throws: KPCSError.unauthenticated(AccountMessage.loginFailed)) {
                    try await store.accounts.login(username: long, password: "x")
                }
            }
            await #expect(throws: KPCSError.unauthenticated(AccountMessage.loginFailed)) {
                try await store.accounts.login(username: "someone", password: String(repeating: "p", count: 2000))
            }
        }
    }
}
