/// The meetings' messages: unknown meetings, who records them, their dates, place, attendance and communiqué.
public enum MeetingMessage: MessageKey {
    case meetingUnknown(id: String)
    case onlyChairRecords(year: String, chair: String)
    case noChairToRecord(year: String)
    case endsBeforeStart
    case meetingTooLong(maximum: String)
    case yearOutOfRange(earliest: String, latest: String)
    case placeRequired
    case tooMany(field: String, maximum: String)
    case attendeeUnknown(code: String)
    case communiqueOnlyPlenary
    case communiqueEitherTextOrNone
    case meetingOver(id: String, ended: String)
    case bodyRequired
    case bodyOnlyForBodyMeeting
    case bodyNotMeeting(body: String, on: String)
    case bodyNotYetMeeting(body: String, on: String)
    case onlyChairOrBodyChairRecords(year: String, body: String)
    case noDecisionAtBodyMeeting(id: String, body: String)

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .meetingUnknown(let id):
            return ("No meeting has the id \(id).", "Aucune réunion n'a l'identifiant \(id).")
        case .onlyChairRecords(let year, let chair):
            return (
                "Only an administrator or the delegates of the Chair of \(year) (\(chair)) may record its meetings.",
                """
                Seuls un administrateur ou les délégués de la présidence de \(year) (\(chair)) peuvent enregistrer\
                 ses réunions.
                """
            )
        case .noChairToRecord(let year):
            return (
                "The scheme has no Chair in \(year): only an administrator may record its meetings.",
                "Le Processus n'a pas de présidence en \(year) : seul un administrateur peut enregistrer ses réunions."
            )
        case .endsBeforeStart:
            return (
                "endsOn must be the day the meeting starts or later.",
                "endsOn doit être le jour où la réunion commence ou un jour suivant."
            )
        case .meetingTooLong(let maximum):
            return (
                "A meeting lasts at most \(maximum) days.",
                "Une réunion dure au plus \(maximum) jours."
            )
        case .yearOutOfRange(let earliest, let latest):
            return (
                "A meeting falls from \(earliest) to \(latest).",
                "Une réunion a lieu de \(earliest) à \(latest)."
            )
        case .placeRequired:
            return (
                "A meeting held in person or hybrid needs its place.",
                "Une réunion en présentiel ou hybride doit indiquer son lieu."
            )
        case .tooMany(let field, let maximum):
            return ("\(field) holds at most \(maximum) entries.", "\(field) compte au plus \(maximum) entrées.")
        case .attendeeUnknown(let code):
            return (
                "\(code) is neither a participant (not an EU member state) nor an observer organisation.",
                "\(code) n'est ni un participant (hors États membres de l'UE) ni une organisation observatrice."
            )
        case .communiqueOnlyPlenary:
            return (
                "Only a Plenary has a communiqué.",
                "Seule une réunion plénière a un communiqué."
            )
        case .communiqueEitherTextOrNone:
            return (
                "Send both texts of the communiqué (textEn, textFr), or none: true for a Plenary that published none.",
                """
                Envoyez les deux textes du communiqué (textEn, textFr), ou none: true pour une plénière qui n'en a\
                 publié aucun.
                """
            )
        case .meetingOver(let id, let ended):
            return (
                "Meeting \(id) ended on \(ended): a decision can no longer be taken at it.",
                "La réunion \(id) s'est achevée le \(ended) : une décision ne peut plus y être prise."
            )
        case .bodyRequired:
            return (
                "A meeting of a working body names the body that meets (body, its code such as CPC).",
                "Une réunion d'un organe nomme l'organe qui se réunit (body, son code, par exemple CPC)."
            )
        case .bodyOnlyForBodyMeeting:
            return (
                "Only a meeting of kind working-body names a body; a Plenary or an Intersessional is the scheme's.",
                """
                Seule une réunion de type working-body nomme un organe ; une plénière ou une intersession est celle\
                 de tout le Processus.
                """
            )
        case .bodyNotMeeting(let body, let on):
            return (
                "\(body) was dissolved on \(on): it holds no meeting from that day.",
                "\(body) a été dissous le \(on) : il ne tient plus de réunion à partir de ce jour."
            )
        case .bodyNotYetMeeting(let body, let on):
            return (
                "\(body) was established on \(on): it holds no meeting before that day.",
                "\(body) a été créé le \(on) : il ne tient pas de réunion avant ce jour."
            )
        case .onlyChairOrBodyChairRecords(let year, let body):
            return (
                """
                Only an administrator, the delegates of the Chair of \(year) or those of the participant chairing\
                 \(body) on that day (a meeting's first day, or today) may record the meetings and documents of\
                 \(body).
                """,
                """
                Seuls un administrateur, les délégués de la présidence de \(year) ou ceux du participant qui préside\
                 \(body) ce jour-là (le premier jour d'une réunion, ou aujourd'hui) peuvent enregistrer les réunions\
                 et les documents de \(body).
                """
            )
        case .noDecisionAtBodyMeeting(let id, let body):
            return (
                """
                Meeting \(id) is a meeting of \(body): decisions are taken at a Plenary, an Intersessional or by\
                 written procedure.
                """,
                """
                La réunion \(id) est une réunion de \(body) : les décisions se prennent en plénière, en intersession\
                 ou par procédure écrite.
                """
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case meetingUnknown = "meeting-unknown"
        case onlyChairRecords = "only-chair-records"
        case noChairToRecord = "no-chair-to-record"
        case endsBeforeStart = "meeting-ends-before-start"
        case meetingTooLong = "meeting-too-long"
        case yearOutOfRange = "meeting-year-out-of-range"
        case placeRequired = "meeting-place-required"
        case tooMany = "too-many-entries"
        case attendeeUnknown = "attendee-unknown"
        case communiqueOnlyPlenary = "communique-only-plenary"
        case communiqueEitherTextOrNone = "communique-either-text-or-none"
        case meetingOver = "meeting-over"
        case bodyRequired = "meeting-body-required"
        case bodyOnlyForBodyMeeting = "meeting-body-only-for-body-meeting"
        case bodyNotMeeting = "body-dissolved-no-meeting"
        case bodyNotYetMeeting = "body-not-yet-established"
        case onlyChairOrBodyChairRecords = "only-chair-or-body-chair-records"
        case noDecisionAtBodyMeeting = "no-decision-at-body-meeting"
    }

    public var stableCode: Code {
        switch self {
        case .meetingUnknown: .meetingUnknown
        case .onlyChairRecords: .onlyChairRecords
        case .noChairToRecord: .noChairToRecord
        case .endsBeforeStart: .endsBeforeStart
        case .meetingTooLong: .meetingTooLong
        case .yearOutOfRange: .yearOutOfRange
        case .placeRequired: .placeRequired
        case .tooMany: .tooMany
        case .attendeeUnknown: .attendeeUnknown
        case .communiqueOnlyPlenary: .communiqueOnlyPlenary
        case .communiqueEitherTextOrNone: .communiqueEitherTextOrNone
        case .meetingOver: .meetingOver
        case .bodyRequired: .bodyRequired
        case .bodyOnlyForBodyMeeting: .bodyOnlyForBodyMeeting
        case .bodyNotMeeting: .bodyNotMeeting
        case .bodyNotYetMeeting: .bodyNotYetMeeting
        case .onlyChairOrBodyChairRecords: .onlyChairOrBodyChairRecords
        case .noDecisionAtBodyMeeting: .noDecisionAtBodyMeeting
        }
    }
}
