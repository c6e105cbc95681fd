import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO
import Synchronization

/// The embedded SQLite database: one write connection whose transactions are queued and committed in groups
/// (``GroupCommit``), and read connections that see committed data through SQLite's write-ahead log.
///
/// Durability: WAL with `synchronous=FULL`, so a committed certificate survives a power cut.
final class SQLiteDatabaseBackend: Database {
    let engine = SQLEngine.sqlite
    private let writer: SQLiteConnection
    private let writerThread: NIOThreadPool
    private let readers: [SQLiteConnection]
    private let groupCommit: GroupCommit
    private let nextReader = RoundRobinCounter()

    private init(writer: SQLiteConnection, writerThread: NIOThreadPool, readers: [SQLiteConnection]) {
        self.writer = writer
        self.writerThread = writerThread
        self.groupCommit = GroupCommit(database: writer.sql(queryLogLevel: nil))
        self.readers = readers
    }

    static func open(path: String, logger: Logger) async throws -> SQLiteDatabaseBackend {
        // The writer has a thread of its own, so its statements never queue behind readers' on the shared pool.
        let writerThread = NIOThreadPool(numberOfThreads: 1)
        writerThread.start()
        let writer = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: writerThread, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any())
        let pragmas = [
            "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            // Savepoint sub-journals in memory: they only serve a rollback within the open transaction.
            "PRAGMA temp_store = MEMORY",
        ]
        for pragma in pragmas { _ = try await writer.query(pragma) }
        var readers: [SQLiteConnection] = []
        for _ in 0..<2 {
            let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            _ = try await reader.query("PRAGMA busy_timeout = 10000")
            _ = try await reader.query("PRAGMA query_only = ON")
            readers.append(reader)
        }
        return SQLiteDatabaseBackend(writer: writer, writerThread: writerThread, readers: readers)
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await groupCommit.perform(body)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let reader = readers[nextReader.next() % readers.count]
        return try await body(reader.sql(queryLogLevel: nil))
    }

    func close() async {
        for connection in readers + [writer] {
            try? await connection.close()
        }
        try? await writerThread.shutdownGracefully()
    }
}

/// An atomic counter for round-robin choices.
final class RoundRobinCounter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).newValue & Int.max
    }
}
