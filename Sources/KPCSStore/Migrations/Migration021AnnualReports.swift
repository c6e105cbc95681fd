/// 021: the versions of participants' annual reports, each with the WGM's review once it is made. A report is its
/// participant and year; its state and timeliness are computed from these rows when read.
enum Migration021AnnualReports {
    static let migration = Migration(
        version: 21, name: "annual reports",
        statements: [
            """
            CREATE TABLE annual_report_versions (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                sections TEXT NOT NULL,
                figures TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                submitted_by BIGINT NOT NULL REFERENCES accounts (id),
                outcome TEXT CHECK (outcome IN ('accepted', 'returned')),
                comment TEXT,
                reviewed_at TEXT,
                reviewed_by BIGINT REFERENCES accounts (id),
                UNIQUE (participant_code, year, number)
            )
            """
        ])
}
