/// 006: statistics. Production reports with their history, the scheme body an account sits on (Chair,
/// statistics working group), and indexes for period queries.
enum Migration006Statistics {
    static let migration = Migration(
        version: 6, name: "statistics",
        statements: [
            "ALTER TABLE accounts ADD COLUMN scheme_body TEXT CHECK (scheme_body IN ('chair', 'wgs'))",
            """
            CREATE TABLE production_periods (
                participant_code TEXT NOT NULL REFERENCES participants (code),
                year INTEGER NOT NULL,
                half INTEGER NOT NULL CHECK (half IN (1, 2)),
                last_version INTEGER NOT NULL CHECK (last_version > 0),
                PRIMARY KEY (participant_code, year, half)
            )
            """,
            """
            CREATE TABLE production_reports (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                year INTEGER NOT NULL,
                half INTEGER NOT NULL CHECK (half IN (1, 2)),
                version INTEGER NOT NULL CHECK (version > 0),
                submitted_at TEXT NOT NULL,
                submitted_by BIGINT NOT NULL REFERENCES accounts (id),
                authority_id BIGINT NOT NULL REFERENCES authorities (id),
                reason TEXT,
                superseded_at TEXT,
                total_carats_x100 BIGINT NOT NULL CHECK (total_carats_x100 >= 0),
                total_value_usd_cents BIGINT NOT NULL CHECK (total_value_usd_cents >= 0),
                UNIQUE (participant_code, year, half, version),
                CHECK (version = 1 OR reason IS NOT NULL)
            )
            """,
            """
            CREATE UNIQUE INDEX production_reports_current ON production_reports (participant_code, year, half)
            WHERE superseded_at IS NULL
            """,
            """
            CREATE TABLE production_lines (
                report_id BIGINT NOT NULL REFERENCES production_reports (id),
                hs_code TEXT CHECK (hs_code IN ('7102.10', '7102.21', '7102.31')),
                mining TEXT NOT NULL CHECK (mining IN ('artisanal', 'industrial')),
                carats_x100 BIGINT NOT NULL CHECK (carats_x100 >= 0),
                value_usd_cents BIGINT NOT NULL CHECK (value_usd_cents >= 0)
            )
            """,
            "CREATE INDEX production_lines_report ON production_lines (report_id)",
            "CREATE INDEX certificates_issued_on ON certificates (issued_on)",
            "CREATE INDEX confirmations_received_on ON confirmations (received_on)",
        ])
}
