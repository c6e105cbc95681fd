import Foundation
import Testing

@testable import KPCSCore

/// The participants directory's order: by name in the reader's language, ignoring case and accents.
@Suite struct ParticipantOrderTests {
    static func participant(_ code: String, _ nameEn: String, _ nameFr: String) -> Participant {
        Participant(
            code: code, nameEn: nameEn, nameFr: nameFr, kind: .country, participantCode: code, status: .active,
            joined: 2003, region: "Africa")
    }

    static let participants = [
        participant("CZ", "Czechia", "Tchéquie"), participant("HR", "Croatia", "Croatie"),
        participant("CI", "Côte d'Ivoire", "Côte d'Ivoire"), participant("CG", "Congo", "Congo"),
        participant("CN", "China", "Chine"), participant("CY", "Cyprus", "Chypre"),
        participant("AE", "United Arab Emirates", "Émirats arabes unis"), participant("ES", "Spain", "Espagne"),
        participant("DK", "Denmark", "Danemark"),
        participant("US", "United States of America", "États-Unis d'Amérique"),
        participant("ZW", "Zimbabwe", "Zimbabwe"), participant("EG", "Egypt", "Égypte"),
    ]

    @Test func englishIgnoresAccentsSoCoteDIvoireComesBetweenCongoAndCroatia() {
        // By raw Unicode, "ô" comes after every ASCII letter: the order this replaces.
        #expect("Czechia" < "Côte d'Ivoire")
        let names = ParticipantOrder.sorted(Self.participants, in: .en).map(\.nameEn)
        #expect(
            names == [
                "China", "Congo", "Côte d'Ivoire", "Croatia", "Cyprus", "Czechia", "Denmark", "Egypt", "Spain",
                "United Arab Emirates", "United States of America", "Zimbabwe",
            ])
        #expect(ParticipantOrder.precedes("Congo", "Côte d'Ivoire", in: .en))
        #expect(ParticipantOrder.precedes("Côte d'Ivoire", "Croatia", in: .en))
        #expect(!ParticipantOrder.precedes("Czechia", "Côte d'Ivoire", in: .en))
    }

    @Test func frenchSortsByTheFrenchNameWithAccentedInitialsAmongTheirLetter() {
        let names = ParticipantOrder.sorted(Self.participants, in: .fr).map(\.nameFr)
        #expect(
            names == [
                "Chine", "Chypre", "Congo", "Côte d'Ivoire", "Croatie", "Danemark", "Égypte", "Émirats arabes unis",
                "Espagne", "États-Unis d'Amérique", "Tchéquie", "Zimbabwe",
            ])
        #expect(ParticipantOrder.precedes("Danemark", "Émirats arabes unis", in: .fr))
        #expect(ParticipantOrder.precedes("Émirats arabes unis", "Espagne", in: .fr))
        #expect(!ParticipantOrder.precedes("Zimbabwe", "Émirats arabes unis", in: .fr))
    }

    @Test func caseAndAccentsFoldAwayAndTiesGoByCode() {
        #expect(ParticipantOrder.key("Côte d'Ivoire", in: .fr) == "cote d'ivoire")
        #expect(ParticipantOrder.key("ÉTATS-UNIS", in: .fr) == ParticipantOrder.key("etats-unis", in: .fr))
        #expect(ParticipantOrder.key("Türkiye", in: .en) == "turkiye")
        #expect(ParticipantOrder.precedes("afrique du Sud", "Allemagne", in: .fr))
        let twins = [Self.participant("ZB", "Éire", "Éire"), Self.participant("ZA", "Eire", "Eire")]
        #expect(ParticipantOrder.sorted(twins, in: .en).map(\.code) == ["ZA", "ZB"])
        #expect(ParticipantOrder.sorted([], in: .fr).isEmpty)
    }
}
