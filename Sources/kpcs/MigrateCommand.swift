import ArgumentParser
import KPCSServer
import KPCSStore

/// `kpcs migrate`: apply the schema (and load the participant registry) without serving.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or update the database schema and load the participant registry, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let location = try database.describe(database.location(database.settings()))
        try await database.withStore { store in
            print(
                "kpcs: schema up to date, \(try await store.registry.participants().count) registry rows (\(location))")
        }
    }
}
