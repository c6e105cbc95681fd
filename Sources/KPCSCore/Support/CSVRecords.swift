/// CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF, a field in double quotes when it
/// holds a comma, a quote or a line break, a quote inside doubled. Bounded where it is read: a record count, a
/// field count and a field length, so that no upload can make it work without end.
public enum CSVRecords {
    /// Why a text is not CSV, with the line (1-based) where it went wrong.
    public struct Malformed: Error, Equatable {
        public let line: Int
        public let reason: Reason

        public enum Reason: String, Sendable {
            case quoteInUnquotedField = "a quote inside an unquoted field"
            case textAfterClosingQuote = "text after a closing quote"
            case unclosedQuote = "a quote never closed"
            case tooManyRecords = "too many records"
            case tooManyFields = "too many fields"
            case fieldTooLong = "a field too long"
        }
    }

    /// The records of a text, each a list of fields; blank lines are left out.
    public static func parse(
        _ text: String, maximumRecords: Int, maximumFields: Int, maximumFieldLength: Int
    ) throws(Malformed) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var fieldLength = 0
        var quoted = false
        var afterQuote = false
        var line = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endField() throws(Malformed) {
            guard record.count < maximumFields else { throw Malformed(line: line, reason: .tooManyFields) }
            record.append(field)
            field = ""
            fieldLength = 0
            afterQuote = false
        }
        func endRecord() throws(Malformed) {
            try endField()
            if !(record.count == 1 && record[0].isEmpty) {
                guard records.count < maximumRecords else { throw Malformed(line: line, reason: .tooManyRecords) }
                records.append(record)
            }
            record = []
        }
        func append(_ scalar: Unicode.Scalar) throws(Malformed) {
            fieldLength += 1
            guard fieldLength <= maximumFieldLength else { throw Malformed(line: line, reason: .fieldTooLong) }
            field.unicodeScalars.append(scalar)
        }

        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        pending = iterator.next()
                        try append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    try append(scalar)
                }
                continue
            }
            switch scalar {
            case ",": try endField()
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                try endRecord()
                line += 1
            case "\"":
                guard fieldLength == 0, !afterQuote else {
                    throw Malformed(line: line, reason: afterQuote ? .textAfterClosingQuote : .quoteInUnquotedField)
                }
                quoted = true
            default:
                guard !afterQuote else { throw Malformed(line: line, reason: .textAfterClosingQuote) }
                try append(scalar)
            }
        }
        guard !quoted else { throw Malformed(line: line, reason: .unclosedQuote) }
        if !field.isEmpty || !record.isEmpty || afterQuote { try endRecord() }
        return records
    }

    /// One record, each field quoted where it must be.
    public static func record(_ fields: [String]) -> String {
        fields.map { field in
            // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
            guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return field
            }
            // Scalar by scalar too: a quote followed by a combining mark is one Character, not "\"".
            var quoted = String.UnicodeScalarView([Unicode.Scalar("\"")])
            for scalar in field.unicodeScalars {
                quoted.append(scalar)
                if scalar == "\"" { quoted.append(scalar) }
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: ",")
    }
}
