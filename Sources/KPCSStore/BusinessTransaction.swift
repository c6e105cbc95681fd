import Foundation
import KPCSCore
import KPCSSeal
import Logging
import NIOCore
import SQLKit

/// One business operation's transaction: the SQL connection it runs on, and the steps that every capability takes
/// inside it — record an event with its log leaf, append to the public log, open an authority's current signing key,
/// raise the statistics version of a year. What an operation announces is written in the same transaction as the
/// change itself, because it is written through this value.
struct BusinessTransaction: SQLDatabase {
    let sql: any SQLDatabase
    let context: StoreContext

    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}
