/// 009: what a printed certificate says of its parties beyond their names: a company's address, and the name and
/// function under which an account validates certificates. Nullable, so companies and accounts made before keep
/// theirs empty (new companies need an address; the rule is Core's, not the schema's).
enum Migration009PartyDetails {
    static let migration = Migration(
        version: 9, name: "party details",
        statements: [
            "ALTER TABLE companies ADD COLUMN address TEXT",
            "ALTER TABLE accounts ADD COLUMN display_name TEXT",
            "ALTER TABLE accounts ADD COLUMN official_function TEXT",
        ])
}
