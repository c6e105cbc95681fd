import Hummingbird
import KPCSCore
import KPCSStore

/// Mining zones in GeoJSON: anyone reads them; a participant's delegate or officer, or an administrator, registers
/// one. Their status comes from decisions only.
enum ZoneAPI {
    static let mediaType = "application/geo+json"

    /// The zone code of a path, in capitals; a code longer than any zone code is unknown.
    static func zoneCode(_ context: KPCSRequestContext) throws -> String {
        let text = context.pathParameter("code")
        guard text.count <= ZoneRules.maximumCodeLength else {
            throw KPCSError.notFound(ZoneMessage.zoneUnknown(code: String(text.prefix(40))))
        }
        return text.uppercased()
    }

    static func operations(_ store: Store) -> [Operation] {
        let registrars = Access.roles([.administrator, .officer, .delegate])
        return [
            Operation(.get, MonitoringURL.apiZones, .anyone) { request, _ in
                let page = try PageRequest(page: request.intQuery("page"), perPage: request.intQuery("perPage"))
                let result = try await store.monitoring.zones(
                    participant: request.query("participant")?.uppercased(), page: page)
                return geoJSON(ZoneCollectionJSON(result, today: today(store)))
            },
            Operation(.get, MonitoringURL.apiZone(.key), .anyone) { _, context in
                let zone = try await store.monitoring.zone(try zoneCode(context))
                return geoJSON(ZoneFeatureJSON(zone, today: today(store)))
            },
            Operation(.post, MonitoringURL.apiZones, registrars) { request, context in
                let draft = try await JSONBody.decode(ZoneDraft.self, from: request)
                let zone = try await store.monitoring.register(draft, by: try context.principal())
                return geoJSON(ZoneFeatureJSON(zone, today: today(store)), status: .created)
            },
        ]
    }

    static func today(_ store: Store) -> CalendarDate { CalendarDate(utcDayOf: store.configuration.now()) }

    static func geoJSON(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        JSONBody.response(value, status: status, headers: [.contentType: mediaType])
    }
}
