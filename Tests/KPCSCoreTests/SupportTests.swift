import Foundation
import Testing

@testable import KPCSCore

@Suite struct SupportTests {
    @Test func calendarDatesRoundTripThroughDayNumbers() {
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CalendarDate(iso: "2024-02-29")!.adding(days: 1).description == "2024-03-01")
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-1-01") == nil)
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(iso: date.description) == date || date.year < 1)
        }
    }

    @Test func timestampsAreISO8601UTCWithMilliseconds() {
        let instant = Date(timeIntervalSince1970: 1_795_442_709.123)
        #expect(Timestamp.string(instant) == "2026-11-23T14:05:09.123Z")
        #expect(abs(Timestamp.date("2026-11-23T14:05:09.123Z")!.timeIntervalSince(instant)) < 0.001)
        for text in [
            "2026-11-23T24:00:00.000Z", "2026-11-23T14:60:09.123Z", "2026-11-23T14:05:60.123Z",
            "2026-11-23T9999999:0:0Z",
            "2026-11-23T-1:05:09.123Z", "2026-11-23T14:05:09.12+Z", "2026-11-23T14:05:09.123z",
            "2026-11-23T14:05:09.123Zx",
            "2026-11-23 14:05:09.123Z", "2026-11-23T14:05:09,123Z", "2026-11-23T14:05:09.１２３Z",
        ] {
            #expect(Timestamp.date(text) == nil, "\(text)")
        }
        #expect(Timestamp.string(Timestamp.date("9999-12-31T23:59:59.999Z")!) == "9999-12-31T23:59:59.999Z")
        // Written back as read (found by the Timestamp fuzz target: `Date` lost a millisecond on these).
        for text in [
            "1970-01-01T00:00:00.004Z", "2004-03-11T23:27:37.021Z", "2038-11-26T17:36:57.035Z",
            "0001-01-01T00:00:00.001Z",
        ] {
            #expect(Timestamp.string(Timestamp.date(text)!) == text)
        }
    }

    @Test func acceptLanguagePicksFrenchOrEnglishByQuality() {
        #expect(Language.preferred(acceptLanguage: nil) == .en)
        #expect(Language.preferred(acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.8") == .fr)
        #expect(Language.preferred(acceptLanguage: "de, en;q=0.5, fr;q=0.7") == .fr)
        #expect(Language.preferred(acceptLanguage: "de") == .en)
        #expect(Language.preferred(acceptLanguage: "fr;q=0") == .en)
    }

    @Test func commandLineLanguageComesFromTheLocale() {
        #expect(Language.fromLocale(["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromLocale(["LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromLocale([:]) == .en)
    }

    @Test func certificateNumbersCarryTheParticipantYearAndSequence() {
        #expect(CertificateNumber.make(participant: "BW", year: 2026, sequence: 42) == "BW-2026-000042")
        let parsed = CertificateNumber.parse("EU-2027-1234567")
        #expect(parsed?.participant == "EU" && parsed?.year == 2027 && parsed?.sequence == 1_234_567)
        #expect(CertificateNumber.parse("bw-2026-000001") == nil)
        #expect(CertificateNumber.parse("BW-2026-000000") == nil)
    }

    @Test func iso3166HasEveryAssignedCode() {
        #expect(ISO3166.assignedCodes.count == 249)
        #expect(
            ISO3166.isAssigned("SS") && ISO3166.isAssigned("CW") && !ISO3166.isAssigned("EU")
                && !ISO3166.isAssigned("UK"))
    }

    @Test func registryCSVParsesAndRejectsBadRows() throws {
        let text = """
            code,name_en,name_fr,kind,participant,status,joined,region
            BW,Botswana,Botswana,country,BW,active,2003,Africa
            "BE","Belgium, Kingdom of",Belgique,country,EU,active,,Europe
            """
        let rows = try ParticipantCSV.parse(text)
        #expect(rows.count == 2)
        #expect(rows[1].nameEn == "Belgium, Kingdom of" && rows[1].isMemberState && rows[1].joined == nil)
        #expect(throws: KPCSError.invalid(RegistryMessage.registryMalformed(line: "2", column: "status"))) {
            try ParticipantCSV.parse(
                "code,name_en,name_fr,kind,participant,status,joined,region\nBW,B,B,country,BW,dormant,2003,Africa")
        }
    }
}

@Suite struct FormURLEncodedTests {
    @Test func formsDecodeAsBrowsersSendThem() {
        #expect(
            FormURLEncoded.parse("a=1&b=x+y&c=%C3%A9t%C3%A9&d&e=") == [
                "a": "1", "b": "x y", "c": "été", "d": "", "e": "",
            ])
        #expect(FormURLEncoded.parse("a=1&a=2") == ["a": "2"], "the last value wins")
        #expect(FormURLEncoded.parse("%ZZ=1&ok=%4") == ["ok": ""], "a bad escape drops the name, empties the value")
        #expect(FormURLEncoded.parse("x=%FF%FE") == ["x": ""], "bytes that are not UTF-8")
        #expect(FormURLEncoded.parse("&&&=&") == ["": ""])
        #expect(FormURLEncoded.parse("k=" + String(repeating: "%41", count: 10_000))["k"]?.count == 10_000)
    }
}
