/// 015: a decision may be taken at a meeting (a Plenary or an Intersessional), which its procedure names.
enum Migration015DecisionsAtMeetings {
    static let migration = Migration(
        version: 15, name: "decisions at meetings",
        statements: [
            "ALTER TABLE decisions ADD COLUMN meeting_id BIGINT REFERENCES meetings (id)",
            "CREATE INDEX decisions_meeting ON decisions (meeting_id)",
        ])
}
