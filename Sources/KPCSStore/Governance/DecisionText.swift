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

    /// The effect as a JSON value: `{"kind": …, "participant": …, "year": …, "exportZones": […]}`, members
    /// absent when they do not apply.
    static func value(_ effect: DecisionEffect) -> JSONValue {
        var members: [String: JSONValue] = ["kind": .string(effect.kind.rawValue)]
        if let participant = effect.participant { members["participant"] = .string(participant) }
        if let year = effect.year { members["year"] = .integer(Int64(year)) }
        if case .suspend(_, let conditions) = effect {
            members["exportZones"] = .array(conditions.exportZones.map(JSONValue.string))
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
