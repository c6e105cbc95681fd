import KPCSCore

/// Every text of the governance pages, in English and French. The switch has no default, so a text cannot exist
/// in one language only.
enum GovernanceText: CaseIterable, LocalizedText {
    case decisionsTitle, decisionsIntro, noDecisions, propose, chairsLink, decision, title, proposer
    case state, deadline, number, proposedOn, effect, noEffect, textTitle, procedureTitle, notOpened
    case openedBy, quorum, electorate, tallyTitle, supports, noObjection, objects, silent, outcomeAdopted
    case outcomeObjected, outcomeQuorum, outcomeOpen, stancesTitle, noStances, participant, position, when, reason
    case commentsTitle, noComments, organisation, deliberationOnly, openTitle, openHint, closesAt, openButton
    case stanceTitle, stanceHint, stanceButton, commentTitle, commentHint, commentPosition, commentText
    case commentButton, noPosition, newTitle, newIntro, titleEn, titleFr, textEn, textFr, effectKind
    case effectZoneLegend, effectZone
    case effectParticipant, effectYear, effectZones, effectZonesHint, proposeButton, chairsTitle, chairsIntro, year
    case chair, viceChair, noChair, notRecorded, secondYear, byDecision, correction, currentYear, logNote
    case effectApplied, effectLapsed, statusByDecision, statusCorrection, saved, yourStance
    case effectBodyLegend, effectBodyHint, effectBody, effectBodyKind, effectNameEn, effectNameFr
    case effectOrganisation, effectRole, effectTermsEn, effectTermsFr, meetingFormTitle, meetingFormHint
    case meetingFormButton, takenAt

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .decisionsTitle: (en, fr) = ("Decisions of the participants", "Décisions des participants")
        case .decisionsIntro:
            (en, fr) = (
                """
                The participants decide by consensus: a decision is adopted when no participant entitled to decide\
                 objects by the deadline and enough of them support it. kpcs computes the outcome from the stances;\
                 nobody types it. Every proposal, stance and outcome is a leaf of the public log.
                """,
                """
                Les participants décident par consensus : une décision est adoptée si aucun participant habilité à\
                 décider ne s'y oppose avant l'échéance et si assez d'entre eux la soutiennent. kpcs calcule l'issue à\
                 partir des positions ; personne ne la saisit. Chaque proposition, position et issue est une feuille\
                 du journal public.
                """
            )
        case .noDecisions: (en, fr) = ("No decision has been proposed yet.", "Aucune décision n'a encore été proposée.")
        case .propose: (en, fr) = ("Propose a decision", "Proposer une décision")
        case .chairsLink: (en, fr) = ("Chairs of the scheme by year", "Présidences du Processus par année")
        case .decision: (en, fr) = ("Decision", "Décision")
        case .title: (en, fr) = ("Title", "Titre")
        case .proposer: (en, fr) = ("Proposed by", "Proposée par")
        case .state: (en, fr) = ("State", "État")
        case .deadline: (en, fr) = ("Deadline", "Échéance")
        case .number: (en, fr) = ("Number", "Numéro")
        case .proposedOn: (en, fr) = ("Proposed on", "Proposée le")
        case .effect: (en, fr) = ("Effect when adopted", "Effet en cas d'adoption")
        case .noEffect: (en, fr) = ("none beyond its text", "aucun au-delà de son texte")
        case .textTitle: (en, fr) = ("Text", "Texte")
        case .procedureTitle: (en, fr) = ("Procedure", "Procédure")
        case .notOpened:
            (en, fr) = (
                "Not yet put to the participants: the Chair opens a written procedure.",
                "Pas encore soumise aux participants : la présidence ouvre une procédure écrite."
            )
        case .openedBy: (en, fr) = ("Written procedure opened on", "Procédure écrite ouverte le")
        case .quorum: (en, fr) = ("Supports needed", "Soutiens requis")
        case .electorate: (en, fr) = ("Participants entitled to decide", "Participants habilités à décider")
        case .tallyTitle: (en, fr) = ("Count", "Décompte")
        case .supports: (en, fr) = ("supports", "soutient")
        case .noObjection: (en, fr) = ("no objection", "pas d'objection")
        case .objects: (en, fr) = ("objects", "s'oppose")
        case .silent: (en, fr) = ("not answered (no objection)", "sans réponse (pas d'objection)")
        case .outcomeAdopted:
            (en, fr) = (
                "Adopted: no entitled participant objected by the deadline, and enough supported it.",
                "Adoptée : aucun participant habilité ne s'y est opposé avant l'échéance, et assez l'ont soutenue."
            )
        case .outcomeObjected: (en, fr) = ("Not adopted: objected to by", "Non adoptée : opposition de")
        case .outcomeQuorum:
            (en, fr) = (
                "Not adopted: too few participants supported it.",
                "Non adoptée : trop peu de participants l'ont soutenue."
            )
        case .outcomeOpen:
            (en, fr) = (
                "Open: stances count until the deadline; the latest stance of each participant counts.",
                """
                Ouverte : les positions comptent jusqu'à l'échéance ; la dernière position de chaque participant\
                 compte.
                """
            )
        case .stancesTitle: (en, fr) = ("Stances of the participants", "Positions des participants")
        case .noStances: (en, fr) = ("No stance recorded yet.", "Aucune position enregistrée pour l'instant.")
        case .participant: (en, fr) = ("Participant", "Participant")
        case .position: (en, fr) = ("Position", "Position")
        case .when: (en, fr) = ("When", "Quand")
        case .reason: (en, fr) = ("Reason", "Motif")
        case .commentsTitle:
            (en, fr) = (
                "Observers' comments (they never count)", "Commentaires des observateurs (ils ne comptent jamais)"
            )
        case .noComments: (en, fr) = ("No comment from the observers.", "Aucun commentaire des observateurs.")
        case .organisation: (en, fr) = ("Organisation", "Organisation")
        case .deliberationOnly:
            (en, fr) = (
                "Reasons and comments are shown to delegates, observers and administrators only.",
                """
                Les motifs et les commentaires ne sont montrés qu'aux délégués, aux observateurs et aux\
                 administrateurs.
                """
            )
        case .openTitle: (en, fr) = ("Open a written procedure", "Ouvrir une procédure écrite")
        case .openHint:
            (en, fr) = (
                "As the Chair: the active participants now are the electorate. Deadline in UTC, as 2026-12-15T12:00.",
                """
                En tant que présidence : les participants actifs à cet instant votent. Échéance en UTC, par exemple\
                 2026-12-15T12:00.
                """
            )
        case .closesAt: (en, fr) = ("Deadline (UTC)", "Échéance (UTC)")
        case .openButton: (en, fr) = ("Open the written procedure", "Ouvrir la procédure écrite")
        case .stanceTitle: (en, fr) = ("Your participant's stance", "La position de votre participant")
        case .stanceHint:
            (en, fr) = (
                "You may change it until the deadline; an objection needs its reason.",
                "Vous pouvez la changer jusqu'à l'échéance ; une objection doit être motivée."
            )
        case .stanceButton: (en, fr) = ("Record the stance", "Enregistrer la position")
        case .commentTitle: (en, fr) = ("Comment for your organisation", "Commenter au nom de votre organisation")
        case .commentHint:
            (en, fr) = (
                "Observers speak but never count: your comment is shown beside the stances.",
                """
                Les observateurs s'expriment mais ne comptent jamais : votre commentaire est montré à côté des\
                 positions.
                """
            )
        case .commentPosition: (en, fr) = ("Your organisation's view", "L'avis de votre organisation")
        case .commentText: (en, fr) = ("Comment", "Commentaire")
        case .commentButton: (en, fr) = ("Add the comment", "Ajouter le commentaire")
        case .noPosition: (en, fr) = ("no view stated", "pas d'avis exprimé")
        case .newTitle: (en, fr) = ("Propose a decision", "Proposer une décision")
        case .newIntro:
            (en, fr) = (
                """
                Your participant proposes; the Chair puts the proposal to the participants. Give the title and text in\
                 both languages; the effect, if any, takes hold the moment the decision is adopted.
                """,
                """
                Votre participant propose ; la présidence soumet la proposition aux participants. Donnez le titre et le\
                 texte dans les deux langues ; l'effet éventuel prend effet dès l'adoption de la décision.
                """
            )
        case .titleEn: (en, fr) = ("Title in English", "Titre en anglais")
        case .titleFr: (en, fr) = ("Title in French", "Titre en français")
        case .textEn: (en, fr) = ("Text in English", "Texte en anglais")
        case .textFr: (en, fr) = ("Text in French", "Texte en français")
        case .effectKind: (en, fr) = ("Effect", "Effet")
        case .effectParticipant: (en, fr) = ("Participant concerned (code)", "Participant concerné (code)")
        case .effectYear: (en, fr) = ("Year (chair effects)", "Année (effets sur la présidence)")
        case .effectZones: (en, fr) = ("Zones still allowed to export", "Zones encore autorisées à exporter")
        case .effectZonesHint:
            (en, fr) = (
                """
                for a suspension: the codes of its registered zones that may still export while compliant, one per\
                 line, optional
                """,
                """
                pour une suspension : les codes de ses zones enregistrées qui peuvent encore exporter tant qu'elles\
                 sont conformes, un par ligne, facultatif
                """
            )
        case .effectZoneLegend: (en, fr) = ("For a mining zone", "Pour une zone minière")
        case .effectZone: (en, fr) = ("Zone (code)", "Zone (code)")
        case .effectBodyLegend: (en, fr) = ("For a body of the scheme", "Pour un organe du Processus")
        case .effectBodyHint:
            (en, fr) = (
                """
                The body's code; to set one up, also its kind and names; to appoint its chair, the participant \
                above or an observer organisation here; for terms of reference, both texts.
                """,
                """
                Le code de l'organe ; pour en créer un, aussi son type et ses noms ; pour nommer sa présidence, le \
                participant ci-dessus ou une organisation observatrice ici ; pour un mandat, les deux textes.
                """
            )
        case .effectBody: (en, fr) = ("Body (code)", "Organe (code)")
        case .effectBodyKind: (en, fr) = ("Kind of a new body", "Type d'un nouvel organe")
        case .effectNameEn: (en, fr) = ("Name of a new body in English", "Nom d'un nouvel organe en anglais")
        case .effectNameFr: (en, fr) = ("Name of a new body in French", "Nom d'un nouvel organe en français")
        case .effectOrganisation: (en, fr) = ("Observer organisation (code)", "Organisation observatrice (code)")
        case .effectRole: (en, fr) = ("Appointed as", "Nommé comme")
        case .effectTermsEn: (en, fr) = ("Terms of reference in English", "Mandat en anglais")
        case .effectTermsFr: (en, fr) = ("Terms of reference in French", "Mandat en français")
        case .meetingFormTitle: (en, fr) = ("Put it to a meeting", "La soumettre à une réunion")
        case .meetingFormHint:
            (en, fr) = (
                """
                Instead of a written procedure: the delegates answer until the end of the meeting's last day (UTC); \
                adopted, it is numbered in the meeting's venue.
                """,
                """
                Au lieu d'une procédure écrite : les délégués répondent jusqu'à la fin du dernier jour de la réunion \
                (UTC) ; adoptée, elle est numérotée dans le lieu de la réunion.
                """
            )
        case .meetingFormButton: (en, fr) = ("Put to the meeting", "Soumettre à la réunion")
        case .takenAt: (en, fr) = ("Taken at", "Prise lors de")
        case .proposeButton: (en, fr) = ("Propose", "Proposer")
        case .chairsTitle: (en, fr) = ("Chairs of the Kimberley Process", "Présidences du Processus de Kimberley")
        case .chairsIntro:
            (en, fr) = (
                """
                The Chair serves one calendar year; the Vice-Chair chosen at the Plenary becomes Chair the year after,\
                 unless a decision says otherwise. The delegates of the chairing participant open written procedures\
                 for that year only.
                """,
                """
                La présidence dure une année civile ; la vice-présidence choisie en plénière devient présidence l'année\
                 suivante, sauf décision contraire. Les délégués du participant qui préside ouvrent les procédures\
                 écrites pour cette année seulement.
                """
            )
        case .year: (en, fr) = ("Year", "Année")
        case .chair: (en, fr) = ("Chair", "Présidence")
        case .viceChair: (en, fr) = ("Vice-Chair", "Vice-présidence")
        case .noChair: (en, fr) = ("no Chair", "pas de présidence")
        case .notRecorded: (en, fr) = ("not recorded", "non enregistrée")
        case .secondYear: (en, fr) = ("second year in a row", "deuxième année consécutive")
        case .byDecision: (en, fr) = ("by decision", "par décision")
        case .correction:
            (en, fr) = ("recorded by the administrator", "enregistrée par l'administrateur")
        case .currentYear: (en, fr) = ("this year", "cette année")
        case .logNote:
            (en, fr) = (
                "Every step of this decision is a leaf of the public log, without reasons or comments.",
                "Chaque étape de cette décision est une feuille du journal public, sans motifs ni commentaires."
            )
        case .effectApplied: (en, fr) = ("the effect took hold", "l'effet a été appliqué")
        case .effectLapsed:
            (en, fr) = (
                "the effect lapsed: what it needed no longer held at the deadline",
                "l'effet est caduc : ce qu'il exigeait ne tenait plus à l'échéance"
            )
        case .statusByDecision: (en, fr) = ("by decision", "par décision")
        case .statusCorrection:
            (en, fr) = (
                "direct change by the administrator (a correction)",
                "changement direct par l'administrateur (une correction)"
            )
        case .saved: (en, fr) = ("Recorded.", "Enregistré.")
        case .yourStance:
            (en, fr) = ("Recorded stance of your participant:", "Position enregistrée de votre participant :")
        }
        return language == .fr ? fr : en
    }

    /// A decision's state in words.
    static func state(_ state: DecisionState, _ language: Language) -> String {
        switch (state, language) {
        case (.proposed, .en): return "proposed"
        case (.proposed, .fr): return "proposée"
        case (.open, .en): return "open"
        case (.open, .fr): return "ouverte"
        case (.adopted, .en): return "adopted"
        case (.adopted, .fr): return "adoptée"
        case (.notAdopted, .en): return "not adopted"
        case (.notAdopted, .fr): return "non adoptée"
        }
    }

    /// A stance in words.
    static func position(_ position: StancePosition, _ language: Language) -> String {
        switch position {
        case .supports: return GovernanceText.supports.text(language)
        case .noObjection: return GovernanceText.noObjection.text(language)
        case .objects: return GovernanceText.objects.text(language)
        }
    }

    /// An effect kind in words.
    static func effectKind(_ kind: DecisionEffectKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.admit, .en): return "admit as a participant"
        case (.admit, .fr): return "admettre comme participant"
        case (.suspend, .en): return "suspend"
        case (.suspend, .fr): return "suspendre"
        case (.readmit, .en): return "readmit"
        case (.readmit, .fr): return "réadmettre"
        case (.withdraw, .en): return "record the withdrawal of"
        case (.withdraw, .fr): return "prendre acte du retrait de"
        case (.electViceChair, .en): return "elect as Vice-Chair for the year"
        case (.electViceChair, .fr): return "élire à la vice-présidence pour l'année"
        case (.setChair, .en): return "set the Chair of the year"
        case (.setChair, .fr): return "fixer la présidence de l'année"
        case (.establishBody, .en): return "set up a body of the scheme"
        case (.establishBody, .fr): return "créer un organe du Processus"
        case (.dissolveBody, .en): return "dissolve a body of the scheme"
        case (.dissolveBody, .fr): return "dissoudre un organe du Processus"
        case (.appointBodyChair, .en): return "appoint the chair or vice-chair of a body"
        case (.appointBodyChair, .fr): return "nommer la présidence ou la vice-présidence d'un organe"
        case (.adoptTermsOfReference, .en): return "adopt the terms of reference of a body"
        case (.adoptTermsOfReference, .fr): return "adopter le mandat d'un organe"
        case (.setZoneStatus, .en): return "set the KP status of a mining zone of"
        case (.setZoneStatus, .fr): return "fixer le statut KP d'une zone minière de"
        }
    }
}
