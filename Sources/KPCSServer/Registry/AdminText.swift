import KPCSCore

/// The texts of the company register, in English and French.
enum CompanyText: CaseIterable, LocalizedText {
    case title, intro, registered, suspendedNotice, liftedNotice, none, licence, action, suspended, active, lift,
        suspend
    case suspendReason, registerTitle, rights, mayExport, mayImport, registerButton, address, addressHint

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Licensed companies", "Entreprises agréées")
        case .intro:
            (en, fr) = (
                """
                The companies of {0} that may appear on a certificate as exporter or importer. A suspended company\
                 cannot be named on a new certificate.
                """,
                """
                Les entreprises de {0} qui peuvent figurer sur un certificat comme exportateur ou importateur. Une\
                 entreprise suspendue ne peut figurer sur un nouveau certificat.
                """
            )
        case .registered: (en, fr) = ("Company registered.", "Entreprise enregistrée.")
        case .suspendedNotice: (en, fr) = ("Company suspended.", "Entreprise suspendue.")
        case .liftedNotice: (en, fr) = ("Suspension lifted.", "Suspension levée.")
        case .none: (en, fr) = ("No company registered yet.", "Aucune entreprise enregistrée pour l'instant.")
        case .licence: (en, fr) = ("Licence number", "Numéro de licence")
        case .action: (en, fr) = ("Action", "Action")
        case .suspended: (en, fr) = ("suspended", "suspendue")
        case .active: (en, fr) = ("active", "active")
        case .lift: (en, fr) = ("Lift the suspension", "Lever la suspension")
        case .suspend: (en, fr) = ("Suspend", "Suspendre")
        case .suspendReason: (en, fr) = ("Reason for suspending", "Motif de la suspension")
        case .registerTitle: (en, fr) = ("Register a company", "Enregistrer une entreprise")
        case .rights: (en, fr) = ("Rights", "Droits")
        case .mayExport: (en, fr) = ("May export", "Peut exporter")
        case .mayImport: (en, fr) = ("May import", "Peut importer")
        case .registerButton: (en, fr) = ("Register", "Enregistrer")
        case .address: (en, fr) = ("Address", "Adresse")
        case .addressHint: (en, fr) = ("up to 4 lines", "4 lignes au plus")
        }
        return language == .fr ? fr : en
    }
}

/// The texts of the administrator's pages, in English and French.
enum AdminText: CaseIterable, LocalizedText {
    case title, participantsTitle, authoritiesTitle, accountsTitle, settingsTitle, settingsIntro, saved, changeStatus
    case participant, save, id, createAuthority, memberStateHint, mayIssue, mayConfirm, create, role, authority
    case disabled, enabled, disable, enable, resetPassword, newPasswordFor, reset, createAccount, authorityHint
    case validityDefault, validityMaximum, tokenLifetime, failedLogins, lockout, listLifetime, logOrigin, witnesses
    case nameAndFunction, displayName, function, profileHint, publicURL, delegateOf, delegateHint, organisation
    case organisationHint, mailTitle, email, emailHint

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .title: (en, fr) = ("Administration", "Administration")
        case .participantsTitle: (en, fr) = ("Participants and their status", "Participants et leur statut")
        case .authoritiesTitle: (en, fr) = ("KP authorities", "Autorités PK")
        case .accountsTitle: (en, fr) = ("Accounts", "Comptes")
        case .settingsTitle: (en, fr) = ("Settings", "Paramètres")
        case .settingsIntro:
            (en, fr) = (
                """
                The settings in force on this server. They are set when the server starts (environment variables, see\
                 the README).
                """,
                """
                Les paramètres en vigueur sur ce serveur. Ils sont fixés au démarrage du serveur (variables\
                 d'environnement, voir le README).
                """
            )
        case .saved: (en, fr) = ("Saved.", "Enregistré.")
        case .changeStatus: (en, fr) = ("Change a participant's status", "Changer le statut d'un participant")
        case .participant: (en, fr) = ("Participant", "Participant")
        case .save: (en, fr) = ("Save", "Enregistrer")
        case .id: (en, fr) = ("Id", "Id")
        case .createAuthority: (en, fr) = ("Add an authority", "Ajouter une autorité")
        case .memberStateHint:
            (en, fr) = ("EU only: ISO code of the member state", "UE seulement : code ISO de l'État membre")
        case .mayIssue: (en, fr) = ("Issues certificates", "Délivre des certificats")
        case .mayConfirm: (en, fr) = ("Confirms imports", "Confirme les importations")
        case .create: (en, fr) = ("Create", "Créer")
        case .role: (en, fr) = ("Role", "Rôle")
        case .authority: (en, fr) = ("Authority", "Autorité")
        case .disabled: (en, fr) = ("disabled", "désactivé")
        case .enabled: (en, fr) = ("active", "actif")
        case .disable: (en, fr) = ("Disable", "Désactiver")
        case .enable: (en, fr) = ("Enable", "Réactiver")
        case .resetPassword: (en, fr) = ("Reset the password", "Réinitialiser le mot de passe")
        case .newPasswordFor: (en, fr) = ("New password for", "Nouveau mot de passe pour")
        case .reset: (en, fr) = ("Reset", "Réinitialiser")
        case .createAccount: (en, fr) = ("Create an account", "Créer un compte")
        case .authorityHint: (en, fr) = ("officers only", "agents seulement")
        case .validityDefault:
            (en, fr) = ("Certificate validity by default (days)", "Validité d'un certificat par défaut (jours)")
        case .validityMaximum:
            (en, fr) = ("Longest certificate validity (days)", "Validité maximale d'un certificat (jours)")
        case .tokenLifetime:
            (en, fr) = ("Session and token lifetime (minutes)", "Durée d'une session et d'un jeton (minutes)")
        case .failedLogins: (en, fr) = ("Failed logins before a lockout", "Échecs de connexion avant blocage")
        case .lockout: (en, fr) = ("Lockout (minutes)", "Blocage (minutes)")
        case .listLifetime:
            (en, fr) = ("Signed trust list lifetime (hours)", "Durée de la liste de confiance signée (heures)")
        case .logOrigin: (en, fr) = ("Transparency log origin", "Origine du journal de transparence")
        case .witnesses: (en, fr) = ("Log witnesses configured", "Témoins du journal configurés")
        case .nameAndFunction:
            (en, fr) = ("Name and function on certificates", "Nom et fonction sur les certificats")
        case .displayName: (en, fr) = ("Name on certificates", "Nom sur les certificats")
        case .function: (en, fr) = ("Function", "Fonction")
        case .profileHint:
            (en, fr) = (
                "optional: printed on the certificates the account issues, else the username",
                "facultatif : imprimé sur les certificats que le compte délivre, sinon le nom d'utilisateur"
            )
        case .publicURL: (en, fr) = ("Public address (KPCS_PUBLIC_URL)", "Adresse publique (KPCS_PUBLIC_URL)")
        case .delegateOf: (en, fr) = ("Participant (code)", "Participant (code)")
        case .delegateHint:
            (en, fr) = (
                "delegates only: the participant it speaks for", "délégués seulement : le participant qu'il représente"
            )
        case .organisation: (en, fr) = ("Observer organisation", "Organisation observatrice")
        case .organisationHint: (en, fr) = ("observers only", "observateurs seulement")
        case .mailTitle: (en, fr) = ("E-mail of notifications", "Courriels des notifications")
        case .email: (en, fr) = ("E-mail", "Courriel")
        case .emailHint:
            (en, fr) = (
                "optional: where the account's notifications are e-mailed when e-mail is on",
                "facultatif : où les notifications du compte sont envoyées quand le courriel est activé"
            )
        }
        return language == .fr ? fr : en
    }

    /// A role in words.
    static func role(_ role: Role, _ language: Language) -> String {
        switch (role, language) {
        case (.administrator, .en): return "administrator"
        case (.administrator, .fr): return "administrateur"
        case (.officer, .en): return "authority officer"
        case (.officer, .fr): return "agent d'autorité"
        case (.observer, .en): return "observer"
        case (.observer, .fr): return "observateur"
        case (.delegate, .en): return "delegate"
        case (.delegate, .fr): return "délégué"
        }
    }
}
