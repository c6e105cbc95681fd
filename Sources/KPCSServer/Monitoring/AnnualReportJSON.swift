import KPCSCore

/// A participant's annual reports as the public list gives them: each year's due day, state and timeliness.
struct AnnualReportStandingsJSON: Codable, Sendable {
    struct Standing: Codable, Sendable {
        let year: Int
        let dueOn: String
        let state: AnnualReportState
        let timeliness: ReportTimeliness
        let firstSubmittedOn: String?
        let versions: Int
    }

    let participant: String
    let reports: [Standing]

    init(participant: String, _ standings: [AnnualReportStanding]) {
        self.participant = participant
        reports = standings.map {
            Standing(
                year: $0.year, dueOn: $0.dueOn.description, state: $0.state, timeliness: $0.timeliness,
                firstSubmittedOn: $0.firstSubmittedOn?.description, versions: $0.versions)
        }
    }
}

/// One report whole: its versions with their sections, figures (null when withheld from the reader) and reviews.
struct AnnualReportJSON: Codable, Sendable {
    struct Review: Codable, Sendable {
        let outcome: ReviewOutcome
        let comment: String?
        let reviewedAt: String
        let reviewedBy: String
    }

    struct Version: Codable, Sendable {
        let number: Int
        let submittedAt: String
        let submittedBy: String
        let sections: [String: String]
        let figures: [String: ReportedFigure]?
        let review: Review?
    }

    let participant: String
    let year: Int
    let dueOn: String
    let state: AnnualReportState
    let timeliness: ReportTimeliness
    let versions: [Version]

    init(_ report: AnnualReport, today: CalendarDate) {
        participant = report.participant
        year = report.year
        dueOn = report.dueOn.description
        state = report.state
        timeliness = report.timeliness(today: today)
        versions = report.versions.map { version in
            Version(
                number: version.number, submittedAt: version.submittedAt, submittedBy: version.submittedBy,
                sections: Dictionary(uniqueKeysWithValues: version.sections.map { ($0.key.rawValue, $0.value) }),
                figures: version.figures.map { figures in
                    Dictionary(uniqueKeysWithValues: figures.map { ($0.key.rawValue, $0.value) })
                },
                review: version.review.map {
                    Review(
                        outcome: $0.outcome, comment: $0.comment, reviewedAt: $0.reviewedAt, reviewedBy: $0.reviewedBy)
                })
        }
    }
}
