import Foundation

/// Parses the participant registry CSV (`code,name_en,name_fr,kind,participant,status,joined,region`).
///
/// The file is simple (no quoted commas), but quoting is still honoured so a name with a comma cannot shift
/// columns silently. Every malformed row is an error naming its line.
public enum ParticipantCSV {
    static let header = ["code", "name_en", "name_fr", "kind", "participant", "status", "joined", "region"]

    public static func parse(_ text: String) throws -> [Participant] {
        var rows = text.split(whereSeparator: \.isNewline).map(String.init)
        guard let first = rows.first, splitLine(first) == header else {
            throw KPCSError.invalid(RegistryMessage.registryMalformed(line: "1", column: "header"))
        }
        rows.removeFirst()
        var participants: [Participant] = []
        for (offset, line) in rows.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let lineNumber = String(offset + 2)
            let fields = splitLine(line)
            guard fields.count == header.count else {
                throw KPCSError.invalid(RegistryMessage.registryMalformed(line: lineNumber, column: "columns"))
            }
            guard ISO3166.isAssigned(fields[0]) || fields[0] == "EU" else {
                throw KPCSError.invalid(RegistryMessage.registryMalformed(line: lineNumber, column: "code"))
            }
            guard let kind = ParticipantKind(rawValue: fields[3]) else {
                throw KPCSError.invalid(RegistryMessage.registryMalformed(line: lineNumber, column: "kind"))
            }
            guard let status = ParticipantStatus(rawValue: fields[5]) else {
                throw KPCSError.invalid(RegistryMessage.registryMalformed(line: lineNumber, column: "status"))
            }
            let joined: Int?
            if fields[6].isEmpty {
                joined = nil
            } else if let year = Int(fields[6]) {
                joined = year
            } else {
                throw KPCSError.invalid(RegistryMessage.registryMalformed(line: lineNumber, column: "joined"))
            }
            participants.append(
                Participant(
                    code: fields[0], nameEn: fields[1], nameFr: fields[2], kind: kind, participantCode: fields[4],
                    status: status, joined: joined, region: fields[7]))
        }
        return participants
    }

    /// Splits one CSV line, honouring double quotes.
    static func splitLine(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case "\"" where quoted:
                quoted = false
            case "\"" where current.isEmpty:
                quoted = true
            case "," where !quoted:
                fields.append(current)
                current = ""
            default:
                current.append(character)
            }
        }
        fields.append(current)
        return fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
