/// 014: the bodies of the scheme and their seats. The KP Chair's office and the committees and working groups the
/// 2015 and 2016 communiqués name are seeded; the `chair` and `wgs` bodies an account sat on (statistics issue)
/// become seats of persons on `CHAIR` and `WGS` from the day the account was made, and the column goes.
enum Migration014WorkingBodies {
    /// The seeded bodies: code, kind, English and French names. The French names are kpcs's translations.
    static let seeded: [(code: String, kind: String, en: String, fr: String)] = [
        ("CHAIR", "chair", "Office of the KP Chair", "Présidence du Processus de Kimberley"),
        ("CPC", "committee", "Committee on Participation and Chairmanship", "Comité de participation et de présidence"),
        ("CRP", "committee", "Committee on Rules and Procedures", "Comité des règles et procédures"),
        ("WGM", "working-group", "Working Group on Monitoring", "Groupe de travail sur le suivi"),
        ("WGS", "working-group", "Working Group on Statistics", "Groupe de travail sur les statistiques"),
        ("WGDE", "working-group", "Working Group of Diamond Experts", "Groupe de travail des experts diamantaires"),
        (
            "WGAAP", "working-group", "Working Group on Artisanal and Alluvial Production",
            "Groupe de travail sur la production artisanale et alluviale"
        ),
    ]

    static let migration = Migration(
        version: 14, name: "working bodies",
        statements: [
            """
            CREATE TABLE working_bodies (
                id {id},
                code TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('chair', 'committee', 'working-group', 'ad-hoc')),
                name_en TEXT NOT NULL,
                name_fr TEXT NOT NULL,
                established_on TEXT,
                established_by BIGINT REFERENCES decisions (id),
                dissolved_on TEXT,
                dissolved_by BIGINT REFERENCES decisions (id),
                terms_en TEXT,
                terms_fr TEXT,
                terms_adopted_on TEXT,
                terms_by BIGINT REFERENCES decisions (id),
                CHECK ((terms_en IS NULL) = (terms_adopted_on IS NULL))
            )
            """,
            """
            CREATE TABLE body_seats (
                id {id},
                body_id BIGINT NOT NULL REFERENCES working_bodies (id),
                holder_kind TEXT NOT NULL CHECK (holder_kind IN ('participant', 'organisation', 'person')),
                participant_code TEXT REFERENCES participants (code),
                organisation_id BIGINT REFERENCES observer_organisations (id),
                account_id BIGINT REFERENCES accounts (id),
                role TEXT NOT NULL CHECK (role IN ('member', 'chair', 'vice-chair')),
                starts_on TEXT NOT NULL,
                ends_on TEXT,
                decision_id BIGINT REFERENCES decisions (id),
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT REFERENCES accounts (id),
                CHECK (ends_on IS NULL OR ends_on >= starts_on),
                CHECK ((holder_kind = 'participant') = (participant_code IS NOT NULL)),
                CHECK ((holder_kind = 'organisation') = (organisation_id IS NOT NULL)),
                CHECK ((holder_kind = 'person') = (account_id IS NOT NULL)),
                CHECK (holder_kind <> 'person' OR role = 'member')
            )
            """,
            "CREATE INDEX body_seats_body ON body_seats (body_id, starts_on, id)",
            "CREATE INDEX body_seats_account ON body_seats (account_id)",
        ]
            + seeded.map { body in
                """
                INSERT INTO working_bodies (code, kind, name_en, name_fr) VALUES ('\(body.code)', '\(body.kind)',\
                 '\(body.en)', '\(body.fr)')
                """
            }
            + [
                """
                INSERT INTO body_seats (body_id, holder_kind, account_id, role, starts_on, recorded_at)
                SELECT b.id, 'person', a.id, 'member', substr(a.created_at, 1, 10), a.created_at
                FROM accounts a JOIN working_bodies b
                ON b.code = CASE a.scheme_body WHEN 'chair' THEN 'CHAIR' WHEN 'wgs' THEN 'WGS' END
                """,
                "ALTER TABLE accounts DROP COLUMN scheme_body",
            ])
}
