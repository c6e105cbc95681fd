/// The bodies' messages: unknown bodies and seats, who gives a seat, and what a seat may be.
public enum WorkingBodyMessage: MessageKey {
    case bodyUnknown(code: String)
    case seatUnknown(body: String, id: String)
    case onlyAdministratorSeatsPersons
    case holderUnknown(kind: String, code: String)
    case personOnlyMember
    case seatEndsBeforeStart
    case seatEndedAlready(on: String)
    case seatOverlaps(body: String, code: String, role: String)
    case roleTaken(body: String, role: String, code: String, from: String)
    case bodyDissolved(body: String, on: String)
    case bodyCodeInvalid(code: String)
    case bodyCodeTaken(code: String)
    case chairOfficeStays
    case appointNeedsOneHolder

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .bodyUnknown(let code):
            return ("No body of the scheme has the code \(code).", "Aucun organe du Processus n'a le code \(code).")
        case .seatUnknown(let body, let id):
            return ("\(body) has no seat with the id \(id).", "\(body) n'a pas de siège d'identifiant \(id).")
        case .onlyAdministratorSeatsPersons:
            return (
                """
                Only an administrator gives or ends the seat of a person (an account), since it opens statistics\
                 detail.
                """,
                """
                Seul un administrateur attribue ou clôt le siège d'une personne (un compte), car il ouvre le détail des\
                 statistiques.
                """
            )
        case .holderUnknown(let kind, let code):
            return (
                "\(code) is not a known \(kind) (a participant may not be an EU member state).",
                "\(code) n'est pas un \(kind) connu (un participant ne peut être un État membre de l'UE)."
            )
        case .personOnlyMember:
            return (
                "A person sits as a member; a chair or vice-chair is a participant or an observer organisation.",
                """
                Une personne siège comme membre ; la présidence ou vice-présidence revient à un participant ou à une\
                 organisation observatrice.
                """
            )
        case .seatEndsBeforeStart:
            return (
                "endsOn must be the day the term starts or later.",
                "endsOn doit être le jour où le mandat commence ou un jour suivant."
            )
        case .seatEndedAlready(let day):
            return (
                "This term ended on \(day) already; it can only be made shorter.",
                "Ce mandat a déjà pris fin le \(day) ; il ne peut qu'être raccourci."
            )
        case .seatOverlaps(let body, let code, let role):
            return (
                "\(code) already holds a \(role) seat on \(body) over some of these days.",
                "\(code) occupe déjà un siège (\(role)) de \(body) pendant une partie de ces jours."
            )
        case .roleTaken(let body, let role, let code, let from):
            return (
                "\(code) is \(role) of \(body) from \(from): a new term may start only after it has begun.",
                "\(code) est \(role) de \(body) à partir du \(from) : un nouveau mandat ne peut commencer qu'après."
            )
        case .bodyDissolved(let body, let day):
            return ("\(body) was dissolved on \(day).", "\(body) a été dissous le \(day).")
        case .bodyCodeInvalid(let code):
            return (
                "\(code) is not a body code: 2 to 12 capital letters or digits.",
                "\(code) n'est pas un code d'organe : de 2 à 12 lettres majuscules ou chiffres."
            )
        case .bodyCodeTaken(let code):
            return ("A body with the code \(code) exists already.", "Un organe de code \(code) existe déjà.")
        case .chairOfficeStays:
            return (
                "The Office of the KP Chair is not set up or dissolved by a decision.",
                "La présidence du Processus n'est ni créée ni dissoute par une décision."
            )
        case .appointNeedsOneHolder:
            return (
                "Name one participant (participant) or one observer organisation (organisation) to appoint.",
                "Indiquez un participant (participant) ou une organisation observatrice (organisation) à nommer."
            )
        }
    }

    /// The stable code of each message, whatever its values.
    public enum Code: String, CaseIterable, Sendable {
        case bodyUnknown = "body-unknown"
        case seatUnknown = "seat-unknown"
        case onlyAdministratorSeatsPersons = "only-administrator-seats-persons"
        case holderUnknown = "seat-holder-unknown"
        case personOnlyMember = "person-only-member"
        case seatEndsBeforeStart = "seat-ends-before-start"
        case seatEndedAlready = "seat-ended-already"
        case seatOverlaps = "seat-overlaps"
        case roleTaken = "body-role-taken"
        case bodyDissolved = "body-dissolved"
        case bodyCodeInvalid = "body-code-invalid"
        case bodyCodeTaken = "body-code-taken"
        case chairOfficeStays = "chair-office-stays"
        case appointNeedsOneHolder = "appoint-needs-one-holder"
    }

    public var stableCode: Code {
        switch self {
        case .bodyUnknown: .bodyUnknown
        case .seatUnknown: .seatUnknown
        case .onlyAdministratorSeatsPersons: .onlyAdministratorSeatsPersons
        case .holderUnknown: .holderUnknown
        case .personOnlyMember: .personOnlyMember
        case .seatEndsBeforeStart: .seatEndsBeforeStart
        case .seatEndedAlready: .seatEndedAlready
        case .seatOverlaps: .seatOverlaps
        case .roleTaken: .roleTaken
        case .bodyDissolved: .bodyDissolved
        case .bodyCodeInvalid: .bodyCodeInvalid
        case .bodyCodeTaken: .bodyCodeTaken
        case .chairOfficeStays: .chairOfficeStays
        case .appointNeedsOneHolder: .appointNeedsOneHolder
        }
    }
}
