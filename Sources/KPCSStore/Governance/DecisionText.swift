import Crypto
import Foundation
import KPCSCore
import KPCSSeal

/// A decision's effect as the database keeps it (JSON text), and the hash of a decision's text that its
/// `decision.proposed` leaf carries, so anyone holding the published text can prove it is the text proposed.
enum DecisionEffectJSON {
    static func encode(_ effect: DecisionEffect) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(effect), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> DecisionEffect {
        do { return try JSONDecoder().decode(DecisionEffect.self, from: Data(text.utf8)) } catch {
            throw StoreCorruption.badValue("effect", String(text.prefix(80)))
        }
    }

    /// The effect as a JSON value: `{"kind": …, "participant": …, "year": …, "exportZones": […]}`, and for the
    /// body effects `body`, `bodyKind`, `nameEn`, `nameFr`, `organisation`, `role`, `textEn`, `textFr`, and for a
    /// zone's status `zone` and `zoneStatus`; members
    /// absent when they do not apply.
    static func value(_ effect: DecisionEffect) -> JSONValue {
        var members: [String: JSONValue] = ["kind": .string(effect.kind.rawValue)]
        if let participant = effect.participant { members["participant"] = .string(participant) }
        if let year = effect.year { members["year"] = .integer(Int64(year)) }
        if let body = effect.body { members["body"] = .string(body) }
        switch effect {
        case .suspend(_, let conditions):
            members["exportZones"] = .array(conditions.exportZones.map(JSONValue.string))
        case .establishBody(let charter):
            members["bodyKind"] = .string(charter.kind.rawValue)
            members["nameEn"] = .string(charter.nameEn)
            members["nameFr"] = .string(charter.nameFr)
        case .appointBodyChair(_, let holder, let role):
            if case .organisation(let code) = holder { members["organisation"] = .string(code) }
            members["role"] = .string(role.rawValue)
        case .adoptTermsOfReference(_, let en, let fr):
            members["textEn"] = .string(en)
            members["textFr"] = .string(fr)
        case .setZoneStatus(let zone, _, let status):
            members["zone"] = .string(zone)
            members["zoneStatus"] = .string(status.rawValue)
        case .admit, .readmit, .withdraw, .electViceChair, .setChair, .dissolveBody: break
        }
        return .object(members)
    }
}

/// The SHA-256 of a decision's text: lowercase hex over the canonical JSON (RFC 8785 style: sorted members,
/// minimal escapes) of `{"effect": <effect or null>, "textEn", "textFr", "titleEn", "titleFr"}`.
public enum DecisionTextHash {
    public static func of(_ decision: Decision) -> String {
        of(
            titleEn: decision.titleEn, titleFr: decision.titleFr, textEn: decision.textEn, textFr: decision.textFr,
            effect: decision.effect)
    }

    static func of(titleEn: String, titleFr: String, textEn: String, textFr: String, effect: DecisionEffect?) -> String
    {
        let value = JSONValue.object([
            "effect": effect.map(DecisionEffectJSON.value) ?? .null, "textEn": .string(textEn),
            "textFr": .string(textFr), "titleEn": .string(titleEn), "titleFr": .string(titleFr),
        ])
        return Hex.encode(Array(SHA256.hash(data: CanonicalJSON.encode(value))))
    }
}

/// The SHA-256 of a text in English and French (a body's terms of reference in `body.terms`, the CPC's reasons in
/// `application.reviewed`): lowercase hex over the canonical JSON of `{"textEn", "textFr"}`.
public enum BilingualTextHash {
    public static func of(textEn: String, textFr: String) -> String {
        let value = JSONValue.object(["textEn": .string(textEn), "textFr": .string(textFr)])
        return Hex.encode(Array(SHA256.hash(data: CanonicalJSON.encode(value))))
    }
}
