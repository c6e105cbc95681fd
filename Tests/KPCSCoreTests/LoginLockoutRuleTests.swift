import KPCSCore
import Testing

@Suite struct LoginLockoutRuleTests {
    @Test func onlyTheFirstLimitAttemptsAreCheckedAndTheLastOfThemStartsTheLock() {
        #expect((1...5).allSatisfy { LoginLockout.mayCheck(attempt: $0, limit: 5) })
        #expect(!LoginLockout.mayCheck(attempt: 6, limit: 5))
        #expect(!LoginLockout.mayCheck(attempt: 0, limit: 5))
        #expect(LoginLockout.startsLock(attempt: 5, limit: 5) && !LoginLockout.startsLock(attempt: 4, limit: 5))
        #expect(LoginLockout.isPossibleUsername("bw-officer") && !LoginLockout.isPossibleUsername("a b"))
        #expect(!LoginLockout.isPossibleUsername(String(repeating: "a", count: 65)))
    }
}
