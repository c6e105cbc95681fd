import ArgumentParser
import KPCSStore

/// `kpcs migrate`: apply the schema (and load the participant registry) without serving.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the database schema, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let location = try database.location()
        let store = try await Store.open(location, configuration: try database.storeConfiguration(), logger: makeLogger())
        let participants = try await store.participants().count
        await store.close()
        print("kpcs: schema up to date, \(participants) registry rows (\(database.describe(location)))")
    }
}
