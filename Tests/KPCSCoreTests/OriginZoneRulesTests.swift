import Testing

@testable import KPCSCore

/// The origin zone of a certificate, without a database: named once the exporter has zones, never a non-compliant
/// one, and while the exporter is suspended only a listed zone that is compliant that day.
@Suite struct OriginZoneRulesTests {
    typealias R = IssueRulesTests
    static let today = R.today

    static func zone(_ code: String, _ changes: [(ZoneStatus, Int)] = []) -> MiningZone {
        MiningZone(
            code: code, participantCode: "BW", name: code,
            geometry: .point(GeoPosition(longitudeE6: 24_000_000, latitudeE6: -22_000_000)),
            registeredAt: "2026-01-01T00:00:00Z",
            history: changes.enumerated().map { index, change in
                ZoneStatusChange(
                    status: change.0, effectiveOn: today.adding(days: change.1), decisionId: Int64(index + 1),
                    decisionNumber: "KP/2026/Decision \(index + 1)")
            })
    }

    static func codes(
        zone code: String?, origin: Origin? = .single("BW"), status: ParticipantStatus = .active,
        context: ZoneIssueContext
    ) -> [String] {
        var exporting = R.bw
        exporting.status = status
        var violations: [Violation] = []
        _ = OriginZoneRules.check(
            code, origin: origin, exporting: exporting, context: context, today: today, into: &violations)
        return violations.map { "\($0.pointer) \($0.message.key.code)" }
    }

    @Test func theZoneIsNamedOnceTheExporterHasZones() {
        #expect(Self.codes(zone: nil, context: ZoneIssueContext()).isEmpty, "no zones registered: nothing to name")
        let has = ZoneIssueContext(exporterHasZones: true)
        #expect(Self.codes(zone: nil, context: has) == ["/originZone origin-zone-required"])
        #expect(Self.codes(zone: nil, origin: .mixed(["BW", "ZA"]), context: has).isEmpty, "not its own production")
        #expect(Self.codes(zone: "BW-X", context: has) == ["/originZone zone-unknown"])
        let jwaneng = ZoneIssueContext(zone: Self.zone("BW-JWANENG"), exporterHasZones: true)
        #expect(Self.codes(zone: "BW-JWANENG", context: jwaneng).isEmpty, "not reviewed is not refused")
        #expect(
            Self.codes(zone: "BW-JWANENG", origin: .single("ZA"), context: jwaneng)
                == ["/originZone origin-zone-needs-own-origin"])
    }

    @Test func aNonCompliantZoneIsRefusedFromTheDayItsDecisionTookEffect() {
        let later = ZoneIssueContext(zone: Self.zone("BW-A", [(.nonCompliant, 1)]), exporterHasZones: true)
        #expect(Self.codes(zone: "BW-A", context: later).isEmpty, "the decision takes effect tomorrow")
        let now = ZoneIssueContext(
            zone: Self.zone("BW-A", [(.compliant, -30), (.nonCompliant, 0)]), exporterHasZones: true)
        #expect(Self.codes(zone: "BW-A", context: now) == ["/originZone zone-non-compliant"])
        let back = ZoneIssueContext(
            zone: Self.zone("BW-A", [(.nonCompliant, -30), (.underMonitoring, -1)]), exporterHasZones: true)
        #expect(Self.codes(zone: "BW-A", context: back).isEmpty)
    }

    @Test func aSuspendedParticipantExportsOnlyFromItsListedCompliantZones() {
        let conditions = SuspensionConditions(exportZones: ["BW-A", "BW-B"])
        func context(_ zone: MiningZone?) -> ZoneIssueContext {
            ZoneIssueContext(zone: zone, exporterHasZones: true, suspension: conditions)
        }
        let compliant = Self.zone("BW-A", [(.compliant, -10)])
        #expect(Self.codes(zone: "BW-A", status: .suspended, context: context(compliant)).isEmpty)
        let notReviewed = Self.zone("BW-B")
        #expect(
            Self.codes(zone: "BW-B", status: .suspended, context: context(notReviewed))
                == ["/originZone zone-not-exportable"])
        let unlisted = Self.zone("BW-C", [(.compliant, -10)])
        #expect(
            Self.codes(zone: "BW-C", status: .suspended, context: context(unlisted))
                == ["/originZone zone-not-exportable"])
        #expect(
            Self.codes(zone: nil, origin: .mixed(["BW", "ZA"]), status: .suspended, context: context(nil))
                == ["/exportingParticipant suspended-except-zones"])
        #expect(
            Self.codes(zone: "BW-A", status: .suspended, context: ZoneIssueContext(zone: compliant))
                == ["/exportingParticipant participant-not-active"], "a suspension without conditions")
        #expect(
            Self.codes(zone: nil, status: .withdrawn, context: ZoneIssueContext())
                == ["/exportingParticipant participant-not-active"])
    }
}
