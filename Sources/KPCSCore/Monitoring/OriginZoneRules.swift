/// What the issue rules need to know of zones, loaded in the issuing transaction: the zone the draft names, whether
/// the exporting participant has registered any, and the conditions of its suspension in force, if suspended.
public struct ZoneIssueContext: Sendable, Equatable {
    public var zone: MiningZone?
    public var exporterHasZones: Bool
    public var suspension: SuspensionConditions?

    public init(zone: MiningZone? = nil, exporterHasZones: Bool = false, suspension: SuspensionConditions? = nil) {
        self.zone = zone
        self.exporterHasZones = exporterHasZones
        self.suspension = suspension
    }
}

/// The origin zone of a certificate. Rough of the exporter's own single origin names its zone once the exporter has
/// registered zones; a zone is the exporter's, of that origin, and not non-compliant on the day of issue. A
/// suspended participant whose suspension lists zones still exports from those of them that are compliant that day,
/// and from nothing else.
public enum OriginZoneRules {
    /// Adds the violations of the origin zone and of the exporter's status; returns the zone's code, or nil.
    public static func check(
        _ code: String?, origin: Origin?, exporting: Participant, context: ZoneIssueContext, today: CalendarDate,
        into violations: inout [Violation]
    ) -> String? {
        let pointer = "/originZone"
        let ownOrigin = origin == .single(exporting.code)
        var zone: MiningZone?
        if let code {
            if let found = context.zone, found.code == code {
                if found.participantCode != exporting.code {
                    violations.append(
                        Violation(
                            pointer,
                            ZoneMessage.originZoneOtherParticipant(zone: code, participant: found.participantCode)))
                } else if origin != nil && !ownOrigin {
                    violations.append(
                        Violation(
                            pointer, ZoneMessage.originZoneNeedsOwnOrigin(zone: code, participant: exporting.code)))
                } else if let change = found.statusChange(on: today), change.status == .nonCompliant {
                    violations.append(
                        Violation(
                            pointer,
                            ZoneMessage.zoneNonCompliant(
                                zone: code, since: change.effectiveOn.description, decision: change.decisionNumber)))
                } else {
                    zone = found
                }
            } else {
                violations.append(Violation(pointer, ZoneMessage.zoneUnknown(code: code)))
            }
        } else if context.exporterHasZones && ownOrigin {
            violations.append(Violation(pointer, ZoneMessage.originZoneRequired(participant: exporting.code)))
        }
        checkStatus(exporting, zone: zone, named: code, context: context, today: today, into: &violations)
        return zone?.code
    }

    /// An active exporter passes; a suspended one passes only with a listed zone compliant on the day.
    static func checkStatus(
        _ exporting: Participant, zone: MiningZone?, named code: String?, context: ZoneIssueContext,
        today: CalendarDate, into violations: inout [Violation]
    ) {
        guard exporting.status != .active else { return }
        guard exporting.status == .suspended, let listed = context.suspension?.exportZones, !listed.isEmpty else {
            violations.append(
                Violation(
                    "/exportingParticipant",
                    RegistryMessage.participantNotActive(code: exporting.code, status: exporting.status.rawValue)))
            return
        }
        let names = listed.joined(separator: ", ")
        if let zone {
            if !listed.contains(zone.code) || zone.status(on: today) != .compliant {
                violations.append(
                    Violation(
                        "/originZone",
                        ZoneMessage.zoneNotExportable(zone: zone.code, participant: exporting.code, zones: names)))
            }
        } else if code == nil {
            violations.append(
                Violation(
                    "/exportingParticipant",
                    ZoneMessage.suspendedExceptZones(participant: exporting.code, zones: names)))
        }
    }
}
