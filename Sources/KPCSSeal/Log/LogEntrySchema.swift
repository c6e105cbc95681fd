/// The members each kind of leaf may carry: everything in the log is public, so a leaf with a member not listed
/// here (an objection's reason, a company, a value) is a defect that `kpcs log audit` reports. A kind this version
/// does not know is reported too: audit a log with the kpcs of its server's version or later.
public enum LogEntrySchema {
    static let common: Set<String> = ["v", "event", "at"]

    /// The members of each event, beyond `v`, `event` and `at`.
    public static let members: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for event in ["issued", "confirmed", "discrepancy", "refused", "voided", "expired"] {
            table["certificate.\(event)"] = ["no", "from", "to", "seal_sha256"]
        }
        for event in ["added", "retired", "revoked"] {
            table["key.\(event)"] = ["kid", "participant", "purpose", "effective_at"]
        }
        table["decision.proposed"] = [
            "decision", "participant", "text_sha256", "effect", "subject", "year", "body", "zone",
        ]
        table["decision.opened"] = ["decision", "venue", "closes_at", "quorum", "electorate", "meeting"]
        table["decision.stance"] = ["decision", "participant", "position"]
        table["decision.comment"] = ["decision", "organisation", "position"]
        table["decision.closed"] = ["decision", "outcome", "number", "supports", "objected_by", "effect_result"]
        table["decision.archived"] = [
            "decision", "participant", "text_sha256", "venue", "closes_at", "outcome", "number", "supports",
            "objected_by",
        ]
        table["participant.status"] = ["participant", "from_status", "status", "decision", "number"]
        table["chair.set"] = ["year", "chair", "vice_chair", "decision", "number"]
        table["document.version"] = ["document", "meeting", "body", "application", "language", "sha256", "size"]
        table["application.submitted"] = ["application", "participant"]
        table["application.reviewed"] = ["application", "recommendation", "text_sha256"]
        table["body.established"] = ["body", "kind", "decision", "number"]
        table["body.dissolved"] = ["body", "decision", "number"]
        table["body.terms"] = ["body", "text_sha256", "decision", "number"]
        table["body.seat"] = [
            "body", "seat", "holder_kind", "holder", "role", "starts_on", "ends_on", "decision", "number",
        ]
        table["zone.registered"] = ["zone", "participant", "geometry_sha256"]
        table["zone.status"] = ["zone", "participant", "from_status", "status", "decision", "number"]
        table["annual-report.submitted"] = ["participant", "year", "version", "content_sha256"]
        table["annual-report.reviewed"] = ["participant", "year", "version", "outcome"]
        table["review.recorded"] = ["review", "participant", "kind", "starts_on", "ends_on", "decision"]
        table["recommendation.made"] = ["recommendation", "review", "number", "owner", "deadline", "text_sha256"]
        table["recommendation.entry"] = ["recommendation", "kind", "progress", "outcome"]
        table["incident.published"] = ["incident", "participant", "published_from", "summary_sha256"]
        return table
    }()

    /// What is wrong with one leaf's bytes, or nil when they are a canonical entry of a known kind with only its
    /// kind's members.
    public static func problem(in bytes: [UInt8]) -> String? {
        guard let value = try? JSONParser.parse(bytes), case .object(let object) = value else {
            return "is not a JSON object"
        }
        guard CanonicalJSON.encode(value) == bytes else { return "is not canonical JSON" }
        guard object["v"] == .integer(LogEntry.formatVersion) else { return "has no known format version" }
        guard case .string(let event) = object["event"], case .string = object["at"] else {
            return "lacks its event or time"
        }
        guard let allowed = members[event] else { return "is of a kind this kpcs does not know (\(event.prefix(40)))" }
        let extra = Set(object.keys).subtracting(common).subtracting(allowed)
        guard extra.isEmpty else {
            return "\(event) carries members that are not public: \(extra.sorted().joined(separator: ", "))"
        }
        return nil
    }
}
