/// 003: certificates, their lines, confirmations, the gap-free number counters and the event history.
enum Migration003Certificates {
    static let migration = Migration(
        version: 3, name: "certificates",
        statements: [
            """
            CREATE TABLE certificate_counters (
                participant_code TEXT NOT NULL REFERENCES participants (code),
                year INTEGER NOT NULL,
                last_sequence BIGINT NOT NULL CHECK (last_sequence > 0),
                PRIMARY KEY (participant_code, year)
            )
            """,
            """
            CREATE TABLE certificates (
                number TEXT PRIMARY KEY,
                exporting_participant TEXT NOT NULL REFERENCES participants (code),
                importing_participant TEXT NOT NULL REFERENCES participants (code),
                issuing_authority_id BIGINT NOT NULL REFERENCES authorities (id),
                exporter_id BIGINT NOT NULL REFERENCES companies (id),
                importer_id BIGINT NOT NULL REFERENCES companies (id),
                origin_kind TEXT NOT NULL CHECK (origin_kind IN ('single', 'mixed')),
                origin_countries TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                expires_on TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('issued', 'confirmed', 'discrepancy', 'refused', 'voided',\
             'expired')),
                replaces TEXT UNIQUE REFERENCES certificates (number),
                void_reason TEXT,
                year INTEGER NOT NULL,
                sequence BIGINT NOT NULL CHECK (sequence > 0),
                total_carats_x100 BIGINT NOT NULL CHECK (total_carats_x100 > 0),
                total_value_usd_cents BIGINT NOT NULL CHECK (total_value_usd_cents > 0),
                total_parcels BIGINT NOT NULL CHECK (total_parcels > 0),
                issued_by BIGINT NOT NULL REFERENCES accounts (id),
                UNIQUE (exporting_participant, year, sequence),
                CHECK (exporting_participant <> importing_participant),
                CHECK (expires_on > issued_on)
            )
            """,
            "CREATE INDEX certificates_exporting ON certificates (exporting_participant, issued_at)",
            "CREATE INDEX certificates_importing ON certificates (importing_participant, issued_at)",
            "CREATE INDEX certificates_state_expiry ON certificates (state, expires_on)",
            "CREATE INDEX certificates_issued_at ON certificates (issued_at)",
            """
            CREATE TABLE certificate_lines (
                certificate_number TEXT NOT NULL REFERENCES certificates (number),
                hs_code TEXT NOT NULL CHECK (hs_code IN ('7102.10', '7102.21', '7102.31')),
                carats_x100 BIGINT NOT NULL CHECK (carats_x100 > 0),
                value_usd_cents BIGINT NOT NULL CHECK (value_usd_cents > 0),
                parcels BIGINT NOT NULL CHECK (parcels > 0),
                PRIMARY KEY (certificate_number, hs_code)
            )
            """,
            """
            CREATE TABLE confirmations (
                certificate_number TEXT PRIMARY KEY REFERENCES certificates (number),
                outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'discrepancy', 'refused')),
                received_on TEXT,
                reason TEXT,
                recorded_at TEXT NOT NULL,
                authority_id BIGINT NOT NULL REFERENCES authorities (id),
                recorded_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            """
            CREATE TABLE confirmation_lines (
                certificate_number TEXT NOT NULL REFERENCES confirmations (certificate_number),
                hs_code TEXT NOT NULL CHECK (hs_code IN ('7102.10', '7102.21', '7102.31')),
                carats_x100 BIGINT NOT NULL CHECK (carats_x100 >= 0),
                parcels BIGINT NOT NULL CHECK (parcels >= 0),
                PRIMARY KEY (certificate_number, hs_code)
            )
            """,
            """
            CREATE TABLE certificate_events (
                id {id},
                certificate_number TEXT NOT NULL REFERENCES certificates (number),
                type TEXT NOT NULL CHECK (type IN ('issued', 'confirmed', 'discrepancy', 'refused', 'voided',\
             'expired')),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                authority_id BIGINT REFERENCES authorities (id),
                detail TEXT
            )
            """,
            "CREATE INDEX certificate_events_number ON certificate_events (certificate_number, id)",
        ])
}
