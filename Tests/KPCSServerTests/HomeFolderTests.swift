import Foundation
import KPCSClient
import Testing

/// The command line's default folders follow `HOME`, as a shell does, and fall back to the account's home folder
/// only when `HOME` is missing or empty.
@Suite struct HomeFolderTests {
    @Test func homeWinsOverTheAccountsEntry() {
        let environment = ["HOME": "/tmp/elsewhere"]
        #expect(HomeFolder.path(environment: environment) == "/tmp/elsewhere")
        #expect(HomeFolder.trustFolder(environment: environment) == "/tmp/elsewhere/.kpcs/trust")
        #expect(HomeFolder.logStateFolder(environment: environment) == "/tmp/elsewhere/.kpcs/log")
    }

    @Test func aTrailingSlashInHomeMakesNoDoubleSlash() {
        #expect(HomeFolder.trustFolder(environment: ["HOME": "/tmp/elsewhere/"]) == "/tmp/elsewhere/.kpcs/trust")
    }

    @Test func aMissingOrEmptyHomeFallsBackToTheAccountsEntry() {
        #expect(HomeFolder.path(environment: [:]) == NSHomeDirectory())
        #expect(HomeFolder.path(environment: ["HOME": ""]) == NSHomeDirectory())
        #expect(
            HomeFolder.trustFolder(environment: [:])
                == (NSHomeDirectory() as NSString).appendingPathComponent(".kpcs/trust"))
    }
}
