/// 008: a version per calendar year, raised in the same transaction as every change that can move that year's
/// statistics (a certificate's event, a confirmation's day of receipt, a production report), so a cached result is
/// checked with one indexed read, from any process.
enum Migration008StatisticsVersions {
    static let migration = Migration(
        version: 8, name: "statistics versions",
        statements: [
            """
            CREATE TABLE statistics_versions (
                year INTEGER PRIMARY KEY,
                version BIGINT NOT NULL CHECK (version > 0)
            )
            """
        ])
}
