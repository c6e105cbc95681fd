/// The messages of mining zones: registering a zone, its geometry, and the origin zone of a certificate.
public enum ZoneMessage: MessageKey {
    case onlyParticipantRegisters(participant: String)
    case codeInvalid(code: String, participant: String, maximum: String)
    case codeTaken(code: String)
    case zoneUnknown(code: String)
    case geometryTypeUnsupported(type: String)
    case coordinatesShape(type: String)
    case positionShape
    case positionOutOfRange
    case tooManyRings(maximum: String)
    case tooManyPositions(maximum: String)
    case ringTooShort(ring: String)
    case ringNotClosed(ring: String)
    case ringFlat(ring: String)
    case ringCrossesItself(ring: String)
    case ringsCross(ring: String, other: String)
    case holeOutside(ring: String)
    case originZoneRequired(participant: String)
    case originZoneOtherParticipant(zone: String, participant: String)
    case originZoneNeedsOwnOrigin(zone: String, participant: String)
    case zoneNonCompliant(zone: String, since: String, decision: String)
    case suspendedExceptZones(participant: String, zones: String)
    case zoneNotExportable(zone: String, participant: String, zones: String)
    case exportZoneUnknown(zone: String, participant: String)
    case zoneStatusUnknown(status: String)
    case tooManyZones(participant: String, maximum: String)
    case geometryNotJSON

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .onlyParticipantRegisters(let participant):
            return (
                """
                Only an administrator, or a delegate or officer of \(participant), registers a zone of\
                 \(participant).
                """,
                """
                Seul un administrateur, ou un délégué ou agent de \(participant), enregistre une zone de\
                 \(participant).
                """
            )
        case .codeInvalid(let code, let participant, let maximum):
            return (
                """
                \(code) is not a zone code: \(participant), a hyphen, then capital letters and digits (groups joined\
                 by hyphens), \(maximum) characters at most, such as \(participant)-NORTH.
                """,
                """
                \(code) n'est pas un code de zone : \(participant), un tiret, puis des lettres majuscules et des\
                 chiffres (groupes joints par des tirets), \(maximum) caractères au plus, par exemple\
                 \(participant)-NORTH.
                """
            )
        case .codeTaken(let code):
            return ("A zone with the code \(code) exists already.", "Une zone de code \(code) existe déjà.")
        case .zoneUnknown(let code):
            return ("No mining zone has the code \(code).", "Aucune zone minière n'a le code \(code).")
        case .geometryTypeUnsupported(let type):
            return (
                "A zone's geometry is a GeoJSON Point or Polygon, not \(type).",
                "La géométrie d'une zone est un Point ou un Polygon GeoJSON, pas \(type)."
            )
        case .coordinatesShape(let type):
            return (
                """
                The coordinates of a \(type) are not as GeoJSON has them: a Point is [longitude, latitude]; a Polygon\
                 is a list of rings, each a list of [longitude, latitude].
                """,
                """
                Les coordonnées de ce \(type) ne suivent pas GeoJSON : un Point est [longitude, latitude] ; un\
                 Polygon est une liste d'anneaux, chacun une liste de [longitude, latitude].
                """
            )
        case .positionShape:
            return (
                "A position is [longitude, latitude], two numbers (a third, the altitude, is dropped).",
                "Une position est [longitude, latitude], deux nombres (un troisième, l'altitude, est ignoré)."
            )
        case .positionOutOfRange:
            return (
                "A longitude is between -180 and 180 degrees and a latitude between -90 and 90 (WGS 84).",
                "Une longitude est comprise entre -180 et 180 degrés et une latitude entre -90 et 90 (WGS 84)."
            )
        case .tooManyRings(let maximum):
            return (
                "A polygon has at most \(maximum) rings (its exterior and its holes).",
                "Un polygone a au plus \(maximum) anneaux (son contour et ses trous)."
            )
        case .tooManyPositions(let maximum):
            return (
                "A polygon has at most \(maximum) positions in all.",
                "Un polygone a au plus \(maximum) positions en tout."
            )
        case .ringTooShort(let ring):
            return (
                "Ring \(ring) has fewer than four positions: a ring is closed, its last position repeating its first.",
                """
                L'anneau \(ring) a moins de quatre positions : un anneau est fermé, sa dernière position répétant la\
                 première.
                """
            )
        case .ringNotClosed(let ring):
            return (
                "Ring \(ring) is not closed: its last position must repeat its first.",
                "L'anneau \(ring) n'est pas fermé : sa dernière position doit répéter la première."
            )
        case .ringFlat(let ring):
            return (
                "Ring \(ring) encloses no area: its positions lie on one line.",
                "L'anneau \(ring) n'entoure aucune surface : ses positions sont alignées."
            )
        case .ringCrossesItself(let ring):
            return ("Ring \(ring) crosses itself.", "L'anneau \(ring) se croise lui-même.")
        case .ringsCross(let ring, let other):
            return (
                "Rings \(ring) and \(other) touch or cross.",
                "Les anneaux \(ring) et \(other) se touchent ou se croisent."
            )
        case .holeOutside(let ring):
            return (
                "Ring \(ring), a hole, lies outside the exterior ring.",
                "L'anneau \(ring), un trou, est hors du contour."
            )
        case .originZoneRequired(let participant):
            return (
                """
                \(participant) has registered mining zones: rough of \(participant) origin names its zone\
                 (originZone).
                """,
                """
                \(participant) a enregistré des zones minières : un diamant brut d'origine \(participant) indique sa\
                 zone (originZone).
                """
            )
        case .originZoneOtherParticipant(let zone, let participant):
            return (
                "The zone \(zone) is a zone of \(participant), not of the exporting participant.",
                "La zone \(zone) est une zone de \(participant), pas du participant exportateur."
            )
        case .originZoneNeedsOwnOrigin(let zone, let participant):
            return (
                "A certificate naming the zone \(zone) has the single origin \(participant).",
                "Un certificat qui indique la zone \(zone) a pour origine unique \(participant)."
            )
        case .zoneNonCompliant(let zone, let since, let decision):
            return (
                "The zone \(zone) is non-compliant since \(since) (decision \(decision)): its rough is not certified.",
                """
                La zone \(zone) est non conforme depuis le \(since) (décision \(decision)) : son brut n'est pas\
                 certifié.
                """
            )
        case .suspendedExceptZones(let participant, let zones):
            return (
                """
                \(participant) is suspended: it exports only rough of its own origin from these compliant zones,\
                 named as originZone: \(zones).
                """,
                """
                \(participant) est suspendu : il n'exporte que du brut de sa propre origine provenant de ces zones\
                 conformes, indiquées en originZone : \(zones).
                """
            )
        case .zoneNotExportable(let zone, let participant, let zones):
            return (
                """
                \(participant) is suspended and \(zone) is not one of the compliant zones it may still export from:\
                 \(zones).
                """,
                """
                \(participant) est suspendu et \(zone) n'est pas l'une des zones conformes dont il peut encore\
                 exporter : \(zones).
                """
            )
        case .exportZoneUnknown(let zone, let participant):
            return (
                "\(zone) is not a registered mining zone of \(participant).",
                "\(zone) n'est pas une zone minière enregistrée de \(participant)."
            )
        case .zoneStatusUnknown(let status):
            return (
                "\(status) is not a zone status: compliant, non-compliant or under-monitoring.",
                "\(status) n'est pas un statut de zone : compliant, non-compliant ou under-monitoring."
            )
        case .tooManyZones(let participant, let maximum):
            return (
                "\(participant) has registered \(maximum) zones, the most a participant may have.",
                "\(participant) a enregistré \(maximum) zones, le plus qu'un participant puisse avoir."
            )
        case .geometryNotJSON:
            return (
                """
                The geometry is not GeoJSON text: a JSON object such as\
                 {"type":"Point","coordinates":[15.9,4.3]}.
                """,
                """
                La géométrie n'est pas du GeoJSON : un objet JSON comme\
                 {"type":"Point","coordinates":[15.9,4.3]}.
                """
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case onlyParticipantRegisters = "only-participant-registers-zones"
        case codeInvalid = "zone-code-invalid"
        case codeTaken = "zone-code-taken"
        case zoneUnknown = "zone-unknown"
        case geometryTypeUnsupported = "geometry-type-unsupported"
        case coordinatesShape = "geometry-coordinates-invalid"
        case positionShape = "geometry-position-invalid"
        case positionOutOfRange = "geometry-position-out-of-range"
        case tooManyRings = "geometry-too-many-rings"
        case tooManyPositions = "geometry-too-many-positions"
        case ringTooShort = "geometry-ring-too-short"
        case ringNotClosed = "geometry-ring-not-closed"
        case ringFlat = "geometry-ring-flat"
        case ringCrossesItself = "geometry-ring-crosses-itself"
        case ringsCross = "geometry-rings-cross"
        case holeOutside = "geometry-hole-outside"
        case originZoneRequired = "origin-zone-required"
        case originZoneOtherParticipant = "origin-zone-other-participant"
        case originZoneNeedsOwnOrigin = "origin-zone-needs-own-origin"
        case zoneNonCompliant = "zone-non-compliant"
        case suspendedExceptZones = "suspended-except-zones"
        case zoneNotExportable = "zone-not-exportable"
        case exportZoneUnknown = "export-zone-unknown"
        case zoneStatusUnknown = "zone-status-unknown"
        case tooManyZones = "too-many-zones"
        case geometryNotJSON = "geometry-not-json"
    }

    public var stableCode: Code {
        switch self {
        case .onlyParticipantRegisters: .onlyParticipantRegisters
        case .codeInvalid: .codeInvalid
        case .codeTaken: .codeTaken
        case .zoneUnknown: .zoneUnknown
        case .geometryTypeUnsupported: .geometryTypeUnsupported
        case .coordinatesShape: .coordinatesShape
        case .positionShape: .positionShape
        case .positionOutOfRange: .positionOutOfRange
        case .tooManyRings: .tooManyRings
        case .tooManyPositions: .tooManyPositions
        case .ringTooShort: .ringTooShort
        case .ringNotClosed: .ringNotClosed
        case .ringFlat: .ringFlat
        case .ringCrossesItself: .ringCrossesItself
        case .ringsCross: .ringsCross
        case .holeOutside: .holeOutside
        case .originZoneRequired: .originZoneRequired
        case .originZoneOtherParticipant: .originZoneOtherParticipant
        case .originZoneNeedsOwnOrigin: .originZoneNeedsOwnOrigin
        case .zoneNonCompliant: .zoneNonCompliant
        case .suspendedExceptZones: .suspendedExceptZones
        case .zoneNotExportable: .zoneNotExportable
        case .exportZoneUnknown: .exportZoneUnknown
        case .zoneStatusUnknown: .zoneStatusUnknown
        case .tooManyZones: .tooManyZones
        case .geometryNotJSON: .geometryNotJSON
        }
    }
}
