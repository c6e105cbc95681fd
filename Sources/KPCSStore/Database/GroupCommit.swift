import SQLKit

/// Group commit for SQLite: business operations that arrive while a commit is under way wait, then run
/// together in the next transaction, each inside its own savepoint, and share one `COMMIT` (one fsync).
///
/// Each operation stays atomic: if it throws, `ROLLBACK TO` its savepoint undoes exactly its writes and only it
/// fails. Each stays durable: its caller is answered only after the shared `COMMIT` has returned; if that
/// `COMMIT` fails, every operation of the group fails and nothing of it is kept. Operations run one after
/// another on the single write connection, so they see each other exactly as serial transactions would.
actor GroupCommit {
    /// One queued operation, type-erased. `run` executes it and returns how to answer its caller once the
    /// group's fate is known; `fail` answers it with an error when it never ran or its group failed.
    struct Job: Sendable {
        let run: @Sendable (any SQLDatabase) async throws -> @Sendable (Result<Void, any Error>) -> Void
        let fail: @Sendable (any Error) -> Void
    }

    private let database: any SQLDatabase
    private let maximumGroupSize: Int
    private var pending: [Job] = []
    private var draining = false

    init(database: any SQLDatabase, maximumGroupSize: Int = 64) {
        self.database = database
        self.maximumGroupSize = maximumGroupSize
    }

    /// Runs `body` as one atomic, durable operation and returns its result after its group has committed.
    nonisolated func perform<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { db in
                    let value = try await body(db)
                    return { outcome in continuation.resume(with: outcome.map { value }) }
                },
                fail: { error in continuation.resume(throwing: error) })
            Task { await self.enqueue(job) }
        }
    }

    private func enqueue(_ job: Job) async {
        pending.append(job)
        guard !draining else { return }
        draining = true
        while !pending.isEmpty {
            let group = Array(pending.prefix(maximumGroupSize))
            pending.removeFirst(group.count)
            await commit(group)
        }
        draining = false
    }

    /// Runs a group in one transaction, each job in a savepoint, then commits once and answers every caller.
    private func commit(_ group: [Job]) async {
        var answers: [@Sendable (Result<Void, any Error>) -> Void] = []
        // Jobs answered already (failed alone) or waiting in `answers`: never answered twice.
        var handled = 0
        do {
            try await database.raw("BEGIN IMMEDIATE").run()
            for job in group {
                try await database.raw("SAVEPOINT operation").run()
                do {
                    answers.append(try await job.run(database))
                    handled += 1
                } catch {
                    try await database.raw("ROLLBACK TO operation").run()
                    job.fail(error)
                    handled += 1
                }
                try await database.raw("RELEASE operation").run()
            }
            try await database.raw("COMMIT").run()
        } catch {
            try? await database.raw("ROLLBACK").run()
            for answer in answers { answer(.failure(error)) }
            for job in group.dropFirst(handled) { job.fail(error) }
            return
        }
        for answer in answers { answer(.success(())) }
    }
}
