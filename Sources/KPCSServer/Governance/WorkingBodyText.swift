import KPCSCore

/// The texts of the bodies' pages, in English and French.
enum WorkingBodyText: CaseIterable, LocalizedText {
    case title, intro, body, kind, chair, members, dissolved, established, notOnRecord, terms, adoptedOn, noTerms
    case currentSeats, otherSeats, decision, noSeats, holder, role, from, until, endTerm, endsOn, addSeat
    case addSeatHint, holderKindLabel, code, startsOn

    static func kind(_ kind: WorkingBodyKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.chair, .en): "the Chair"
        case (.chair, .fr): "présidence"
        case (.committee, .en): "committee"
        case (.committee, .fr): "comité"
        case (.workingGroup, .en): "working group"
        case (.workingGroup, .fr): "groupe de travail"
        case (.adHoc, .en): "ad hoc body"
        case (.adHoc, .fr): "organe ad hoc"
        }
    }

    static func role(_ role: SeatRole, _ language: Language) -> String {
        switch (role, language) {
        case (.member, .en): "member"
        case (.member, .fr): "membre"
        case (.chair, .en): "chair"
        case (.chair, .fr): "président"
        case (.viceChair, .en): "vice-chair"
        case (.viceChair, .fr): "vice-président"
        }
    }

    static func holderKind(_ kind: SeatHolderKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.participant, .en): "participant"
        case (.participant, .fr): "participant"
        case (.organisation, .en): "observer organisation"
        case (.organisation, .fr): "organisation observatrice"
        case (.person, .en): "person (account)"
        case (.person, .fr): "personne (compte)"
        }
    }

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Bodies of the scheme", "Organes du Processus")
        case .intro:
            (en, fr) = (
                """
                The Chair's office, the committees and the working groups that do the scheme's work between meetings, \
                with who sits on them and for what term.
                """,
                """
                La présidence, les comités et les groupes de travail qui mènent les travaux du Processus entre les \
                réunions, avec qui y siège et pour quel mandat.
                """
            )
        case .body: (en, fr) = ("Body", "Organe")
        case .kind: (en, fr) = ("Kind", "Type")
        case .chair: (en, fr) = ("Chair today", "Présidence aujourd'hui")
        case .members: (en, fr) = ("Members today", "Membres aujourd'hui")
        case .dissolved: (en, fr) = ("dissolved", "dissous")
        case .established: (en, fr) = ("Established", "Créé")
        case .notOnRecord: (en, fr) = ("not on record", "non consigné")
        case .terms: (en, fr) = ("Terms of reference", "Mandat")
        case .adoptedOn: (en, fr) = ("Adopted on", "Adopté le")
        case .noTerms: (en, fr) = ("No terms of reference adopted in kpcs.", "Aucun mandat adopté dans kpcs.")
        case .currentSeats: (en, fr) = ("Sitting today", "Siègent aujourd'hui")
        case .otherSeats: (en, fr) = ("Past and future terms", "Mandats passés et à venir")
        case .decision: (en, fr) = ("decision", "décision")
        case .noSeats: (en, fr) = ("None.", "Aucun.")
        case .holder: (en, fr) = ("Who", "Qui")
        case .role: (en, fr) = ("Role", "Rôle")
        case .from: (en, fr) = ("From", "Du")
        case .until: (en, fr) = ("Until (not included)", "Jusqu'au (exclu)")
        case .endTerm: (en, fr) = ("End the term", "Clore le mandat")
        case .endsOn: (en, fr) = ("Last day + 1 (YYYY-MM-DD)", "Dernier jour + 1 (AAAA-MM-JJ)")
        case .addSeat: (en, fr) = ("Give a seat", "Attribuer un siège")
        case .addSeatHint:
            (en, fr) = (
                """
                A participant, an observer organisation, or (administrators only) a person's account. A new chair or \
                vice-chair succeeds the one in office from the first day of the term.
                """,
                """
                Un participant, une organisation observatrice ou (administrateurs seulement) le compte d'une personne. \
                Un nouveau président ou vice-président succède au titulaire dès le premier jour du mandat.
                """
            )
        case .holderKindLabel: (en, fr) = ("Who sits", "Qui siège")
        case .code: (en, fr) = ("Code or username", "Code ou nom d'utilisateur")
        case .startsOn: (en, fr) = ("First day (YYYY-MM-DD)", "Premier jour (AAAA-MM-JJ)")
        }
        return language == .fr ? fr : en
    }
}
