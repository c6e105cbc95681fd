import Foundation
import Testing

@testable import KPCSCore

/// The free texts printed beside a party on a certificate: a company's address (required, four lines, 300
/// characters) and an account's display name and function (optional, one line, 100 characters each).
@Suite struct PartyTextRulesTests {
    static func draft(address: String?) -> CompanyDraft {
        CompanyDraft(
            participantCode: "BW", name: "Kalahari Exports", licenceNumber: "L-1", address: address, canExport: true,
            canImport: false)
    }

    /// The violations of a refused call, as (pointer, code).
    static func violations(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as KPCSError {
            return error.violations.map { "\($0.pointer) \($0.message.key.code)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func anAddressIsTrimmedLineByLineAndBlankLinesAreDropped() throws {
        let valid = try RegistryRules.checkCompany(Self.draft(address: "  Plot 9 \r\n\r\n Maun \rBotswana\n"))
        #expect(valid.address == "Plot 9\nMaun\nBotswana")
        let single = try RegistryRules.checkCompany(Self.draft(address: "Gaborone"))
        #expect(single.address == "Gaborone")
    }

    @Test func anAddressIsRequiredNotBlankAtMostFourLinesAndThreeHundredCharacters() throws {
        #expect(
            Self.violations { _ = try RegistryRules.checkCompany(Self.draft(address: nil)) }
                == ["/address field-required"])
        #expect(
            Self.violations { _ = try RegistryRules.checkCompany(Self.draft(address: " \n \r\n ")) }
                == ["/address text-empty"])
        #expect(
            Self.violations { _ = try RegistryRules.checkCompany(Self.draft(address: "1\n2\n3\n4\n5")) }
                == ["/address text-too-many-lines"])
        let four = try RegistryRules.checkCompany(Self.draft(address: "1\n2\n3\n4"))
        #expect(four.address == "1\n2\n3\n4")
        // 300 characters exactly, line breaks counted, is the longest.
        let longest = String(repeating: "a", count: 149) + "\n" + String(repeating: "b", count: 150)
        #expect(try RegistryRules.checkCompany(Self.draft(address: longest)).address?.count == 300)
        #expect(
            Self.violations { _ = try RegistryRules.checkCompany(Self.draft(address: longest + "b")) }
                == ["/address text-too-long"])
        // Both at once, and beside the other fields' problems.
        let both = Array(repeating: String(repeating: "x", count: 70), count: 5).joined(separator: "\n")
        #expect(
            Self.violations {
                _ = try RegistryRules.checkCompany(
                    CompanyDraft(name: "", licenceNumber: "L", address: both, canExport: true, canImport: nil))
            } == ["/name text-empty", "/address text-too-many-lines", "/address text-too-long"])
    }

    @Test func theMessagesNameTheFieldInBothLanguages() {
        let message = RequestMessage.textTooManyLines(field: "address", maximum: "4")
        #expect(message.text(in: .en) == "address has too many lines: at most 4.")
        #expect(message.text(in: .fr) == "address compte trop de lignes : 4 au plus.")
    }

    @Test func aProfileIsOptionalTrimmedAndBlankMeansNone() throws {
        #expect(try RegistryRules.checkProfile(AccountProfile()) == AccountProfile())
        #expect(
            try RegistryRules.checkProfile(AccountProfile(displayName: "  Mpho Dube ", function: " \n "))
                == AccountProfile(displayName: "Mpho Dube", function: nil))
        #expect(
            try RegistryRules.checkProfile(
                AccountProfile(displayName: "", function: "KP certificate officer, Ministry of Minerals"))
                == AccountProfile(displayName: nil, function: "KP certificate officer, Ministry of Minerals"))
    }

    @Test func aProfileFieldIsOneLineOfAtMostOneHundredCharacters() throws {
        let hundred = String(repeating: "é", count: 100)
        #expect(
            try RegistryRules.checkProfile(AccountProfile(displayName: hundred, function: hundred))
                == AccountProfile(displayName: hundred, function: hundred))
        #expect(
            Self.violations {
                _ = try RegistryRules.checkProfile(AccountProfile(displayName: hundred + "é", function: "a\nb"))
            } == ["/displayName text-too-long", "/function text-too-many-lines"])
        #expect(
            Self.violations { _ = try RegistryRules.checkProfile(AccountProfile(displayName: "Mpho\r\nDube")) }
                == ["/displayName text-too-many-lines"])
    }
}
