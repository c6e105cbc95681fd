import KPCSCore
import KPCSStore

/// A zone as the API gives it: a GeoJSON Feature (RFC 7946) whose `id` is the zone's code, whose geometry is the
/// zone's, and whose properties give its participant, name, registration, its status on the day of the request
/// (`null`: not reviewed) and the history of its status with the decisions behind it.
struct ZoneFeatureJSON: Codable, Sendable {
    struct Properties: Codable, Sendable {
        let code: String
        let participant: String
        let name: String
        let registeredAt: String
        let status: String?
        let statusSince: String?
        let history: [Change]

        /// Writes every member, `null` for a zone not reviewed, as the schema requires.
        func encode(to encoder: any Encoder) throws {
            var values = encoder.container(keyedBy: CodingKeys.self)
            try values.encode(code, forKey: .code)
            try values.encode(participant, forKey: .participant)
            try values.encode(name, forKey: .name)
            try values.encode(registeredAt, forKey: .registeredAt)
            try values.encode(status, forKey: .status)
            try values.encode(statusSince, forKey: .statusSince)
            try values.encode(history, forKey: .history)
        }
    }

    struct Change: Codable, Sendable {
        let status: String
        let effectiveOn: String
        let decisionId: Int64
        let decisionNumber: String
    }

    let type: String
    let id: String
    let geometry: ZoneGeometry
    let properties: Properties

    init(_ zone: MiningZone, today: CalendarDate) {
        type = "Feature"
        id = zone.code
        geometry = zone.geometry
        let current = zone.statusChange(on: today)
        properties = Properties(
            code: zone.code, participant: zone.participantCode, name: zone.name, registeredAt: zone.registeredAt,
            status: current?.status.rawValue, statusSince: current?.effectiveOn.description,
            history: zone.history.map {
                Change(
                    status: $0.status.rawValue, effectiveOn: $0.effectiveOn.description, decisionId: $0.decisionId,
                    decisionNumber: $0.decisionNumber)
            })
    }
}

/// A page of zones as a GeoJSON FeatureCollection, with the page's figures as foreign members (RFC 7946 §6.1).
struct ZoneCollectionJSON: Codable, Sendable {
    let type: String
    let features: [ZoneFeatureJSON]
    let page: Int
    let perPage: Int
    let total: Int64

    init(_ result: PageResult<MiningZone>, today: CalendarDate) {
        type = "FeatureCollection"
        features = result.items.map { ZoneFeatureJSON($0, today: today) }
        page = result.page
        perPage = result.perPage
        total = result.total
    }
}
