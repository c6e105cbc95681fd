import ArgumentParser
import KPCSStore

/// `kpcs migrate`: apply the schema (and load the participant registry) without serving.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the database schema, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let location = try database.location()
        let db = try await openDatabase(location, logger: makeLogger())
        let applied = try await Migrator.migrate(db)
        await db.close()
        print(applied.isEmpty ? "kpcs: schema up to date (\(database.describe(location)))" : "kpcs: applied \(applied.joined(separator: ", ")) on \(database.describe(location))")
    }
}
