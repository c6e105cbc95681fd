import KPCSCore
import SQLKit

extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }
    func optionalInt(_ column: String) throws -> Int64? { try decode(column: column, as: Int64?.self) }
    func bool(_ column: String) throws -> Bool { try decode(column: column, as: Int64.self) != 0 }
    func date(_ column: String) throws -> CalendarDate {
        let text = try string(column)
        guard let date = CalendarDate(iso: text) else { throw StoreCorruption.badValue(column, text) }
        return date
    }
}

/// A stored value that the code cannot read: a bug or a hand-edited database, never bad input.
enum StoreCorruption: Error, CustomStringConvertible {
    case badValue(String, String)

    var description: String {
        switch self {
        case .badValue(let column, let value): return "unreadable value in column \(column): \(value)"
        }
    }
}

extension Bool {
    /// How flags are stored: 0 or 1, the same on both engines.
    var sqlFlag: Int64 { self ? 1 : 0 }
}
