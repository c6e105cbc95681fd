/// 022: peer reviews (visits and missions) with their teams, and their recommendations with the timeline from which
/// each one's status, progress and overdue flag are computed when read.
enum Migration022PeerReviews {
    static let migration = Migration(
        version: 22, name: "peer reviews",
        statements: [
            """
            CREATE TABLE peer_reviews (
                id {id},
                participant_code TEXT NOT NULL REFERENCES participants (code),
                kind TEXT NOT NULL CHECK (kind IN ('visit', 'mission')),
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                decision_id BIGINT REFERENCES decisions (id),
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT NOT NULL REFERENCES accounts (id),
                CHECK ((kind = 'mission') = (decision_id IS NOT NULL))
            )
            """,
            "CREATE INDEX peer_reviews_participant ON peer_reviews (participant_code, id)",
            """
            CREATE TABLE review_team_members (
                review_id BIGINT NOT NULL REFERENCES peer_reviews (id),
                position INTEGER NOT NULL,
                holder_kind TEXT NOT NULL CHECK (holder_kind IN ('participant', 'organisation')),
                code TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('leader', 'member', 'expert')),
                PRIMARY KEY (review_id, position)
            )
            """,
            """
            CREATE TABLE recommendations (
                id {id},
                review_id BIGINT NOT NULL REFERENCES peer_reviews (id),
                number INTEGER NOT NULL,
                text_en TEXT NOT NULL,
                text_fr TEXT NOT NULL,
                owner TEXT NOT NULL,
                deadline TEXT NOT NULL,
                UNIQUE (review_id, number)
            )
            """,
            """
            CREATE TABLE recommendation_events (
                id {id},
                recommendation_id BIGINT NOT NULL REFERENCES recommendations (id),
                kind TEXT NOT NULL CHECK (kind IN ('made', 'progress', 'milestone', 'evidence', 'sign-off')),
                note TEXT,
                progress INTEGER CHECK (progress BETWEEN 0 AND 100),
                on_day TEXT,
                outcome TEXT CHECK (outcome IN ('implemented', 'not-implemented')),
                recorded_at TEXT NOT NULL,
                recorded_by BIGINT NOT NULL REFERENCES accounts (id)
            )
            """,
            "CREATE INDEX recommendation_events_recommendation ON recommendation_events (recommendation_id, id)",
        ])
}
