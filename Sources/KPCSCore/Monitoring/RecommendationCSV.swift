import Foundation

/// A review's recommendations as CSV (RFC 4180), out and in. The export has one row per recommendation with its
/// computed status, progress and overdue flag; the import reads the columns `owner`, `deadline`, `text_en` and
/// `text_fr` in any order (others, such as the export's, are ignored), and a row whose `number` is filled names a
/// recommendation that exists already, which the import leaves as it is.
public enum RecommendationCSV {
    public static let exportHeader = [
        "number", "owner", "deadline", "status", "progress", "overdue", "text_en", "text_fr",
    ]
    static let importColumns = ["owner", "deadline", "text_en", "text_fr"]
    public static let maximumBytes = 1 << 20

    public static func export(_ recommendations: [ReviewRecommendation], today: CalendarDate) -> String {
        let rows = recommendations.map { item -> String in
            let progress: String = item.progress.map { String($0) } ?? ""
            let overdue: String = item.isOverdue(today: today) ? "yes" : "no"
            let fields: [String] = [
                String(item.number), item.owner, item.deadline.description, item.status.rawValue, progress, overdue,
                item.textEn, item.textFr,
            ]
            return CSVRecords.record(fields)
        }
        return ([CSVRecords.record(exportHeader)] + rows).joined(separator: "\r\n") + "\r\n"
    }

    /// The rows to make, each with its line; the rows that name an existing number are counted apart.
    public struct Rows: Sendable, Equatable {
        public var drafts: [(line: Int, draft: RecommendationDraft)]
        public var numbered: [Int]

        public static func == (left: Rows, right: Rows) -> Bool {
            left.numbered == right.numbered && left.drafts.map(\.line) == right.drafts.map(\.line)
                && left.drafts.map(\.draft) == right.drafts.map(\.draft)
        }
    }

    /// Reads an upload: a header with the four columns, then at most ``RecommendationRules/maximumPerReview`` rows.
    public static func parse(_ text: String) throws -> Rows {
        guard text.utf8.count <= maximumBytes else {
            throw KPCSError.invalid(PeerReviewMessage.csvMalformed(line: "1", column: "size"), pointer: "/csv")
        }
        let records: [[String]]
        do {
            records = try CSVRecords.parse(
                text, maximumRecords: RecommendationRules.maximumPerReview + 1, maximumFields: 32,
                maximumFieldLength: RecommendationRules.maximumTextLength * 2)
        } catch {
            throw KPCSError.invalid(
                PeerReviewMessage.csvMalformed(line: String(error.line), column: error.reason.rawValue),
                pointer: "/csv/\(error.line)")
        }
        guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
            importColumns.allSatisfy(header.contains)
        else {
            throw KPCSError.invalid(
                PeerReviewMessage.csvMalformed(line: "1", column: importColumns.joined(separator: ",")),
                pointer: "/csv/1")
        }
        func column(_ name: String, _ record: [String]) -> String? {
            guard let index = header.firstIndex(of: name), index < record.count else { return nil }
            let value = record[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        var rows = Rows(drafts: [], numbered: [])
        for (offset, record) in records.enumerated().dropFirst() {
            if let number = column("number", record) {
                guard number.count <= 6, let value = Int(number), value > 0 else {
                    throw KPCSError.invalid(
                        PeerReviewMessage.csvMalformed(line: String(offset + 1), column: "number"),
                        pointer: "/csv/\(offset + 1)")
                }
                rows.numbered.append(value)
                continue
            }
            rows.drafts.append(
                (
                    offset + 1,
                    RecommendationDraft(
                        textEn: column("text_en", record), textFr: column("text_fr", record),
                        owner: column("owner", record), deadline: column("deadline", record))
                ))
        }
        return rows
    }
}
