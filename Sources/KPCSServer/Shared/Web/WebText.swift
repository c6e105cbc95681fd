import Foundation
import KPCSCore

/// Every text of the web interface's frame and public pages, in English and French. The switch has no default,
/// so a text cannot exist in one language only; a test checks that none is empty.
enum WebText: CaseIterable, Sendable {
    case skipToContent, siteName, navHome, navParticipants, navVerify, navStatistics, navLog, navLogin, navLogout,
        signedInAs, navDashboard, navCertificates, navNewCertificate, navCompanies, navProduction, navAdmin,
        navDecisions, navNotifications
    case homeTitle, homeIntro, homeScheme, homeWhatKpcs, homeVerifyLink, homeStatisticsLink, homeParticipantsLink
    case loginTitle, username, password, loginButton, loginFormExpired
    case participantsTitle, search, status, region, anyStatus, anyRegion, filter, code, name, joined, noParticipants
    case authorities, noAuthorities, statusHistory, noStatusChanges, canExport, canImport, memberState, effectiveOn,
        reason, euMemberState
    case previousPage, nextPage, pageOf, notFoundTitle, notFound, backToStart, yes, no

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .skipToContent: (en, fr) = ("Skip to content", "Aller au contenu")
        case .siteName:
            (en, fr) = ("kpcs — Kimberley Process certificates", "kpcs — certificats du Processus de Kimberley")
        case .navHome: (en, fr) = ("Home", "Accueil")
        case .navParticipants: (en, fr) = ("Participants", "Participants")
        case .navVerify: (en, fr) = ("Verify a certificate", "Vérifier un certificat")
        case .navStatistics: (en, fr) = ("Statistics", "Statistiques")
        case .navLog: (en, fr) = ("Public log", "Journal public")
        case .navLogin: (en, fr) = ("Log in", "Se connecter")
        case .navLogout: (en, fr) = ("Log out", "Se déconnecter")
        case .navDashboard: (en, fr) = ("Dashboard", "Tableau de bord")
        case .navCertificates: (en, fr) = ("Certificates", "Certificats")
        case .navNewCertificate: (en, fr) = ("New certificate", "Nouveau certificat")
        case .navCompanies: (en, fr) = ("Companies", "Entreprises")
        case .navProduction: (en, fr) = ("Production", "Production")
        case .navAdmin: (en, fr) = ("Administration", "Administration")
        case .navDecisions: (en, fr) = ("Decisions", "Décisions")
        case .navNotifications: (en, fr) = ("Notifications", "Notifications")
        case .signedInAs: (en, fr) = ("Signed in as", "Connecté en tant que")
        case .homeTitle:
            (en, fr) = (
                "The Kimberley Process Certification Scheme, verifiable",
                "Le système de certification du Processus de Kimberley, vérifiable"
            )
        case .homeIntro:
            (en, fr) = (
                """
                Rough diamonds may cross a border only between participants of the Kimberley Process, and only with a\
                 certificate issued by the exporting authority and confirmed by the importing one.
                """,
                """
                Les diamants bruts ne peuvent franchir une frontière qu'entre participants du Processus de Kimberley,\
                 et seulement accompagnés d'un certificat délivré par l'autorité exportatrice et confirmé par\
                 l'autorité importatrice.
                """
            )
        case .homeScheme:
            (en, fr) = (
                """
                About sixty participants (some 85 countries; the European Union counts as one) apply the scheme since\
                 2003. They exchange trade and production statistics and decide by consensus under a yearly Chair.
                """,
                """
                Une soixantaine de participants (quelque 85 pays ; l'Union européenne compte pour un) appliquent le\
                 système depuis 2003. Ils échangent des statistiques de commerce et de production et décident par\
                 consensus sous une présidence annuelle.
                """
            )
        case .homeWhatKpcs:
            (en, fr) = (
                """
                kpcs is the scheme's electronic system: every certificate carries a signed seal in its QR code that\
                 anyone can check offline, every event is in a public append-only log, and the statistics compute\
                 themselves from the certificates.
                """,
                """
                kpcs est le système électronique du PK : chaque certificat porte dans son code QR un sceau signé que\
                 chacun peut vérifier hors ligne, chaque événement figure dans un journal public en ajout seul, et les\
                 statistiques se calculent d'elles-mêmes à partir des certificats.
                """
            )
        case .homeVerifyLink: (en, fr) = ("Check a certificate's seal", "Vérifier le sceau d'un certificat")
        case .homeStatisticsLink: (en, fr) = ("See the statistics", "Voir les statistiques")
        case .homeParticipantsLink: (en, fr) = ("Browse the participants", "Parcourir les participants")
        case .loginTitle: (en, fr) = ("Log in", "Connexion")
        case .username: (en, fr) = ("Username", "Nom d'utilisateur")
        case .password: (en, fr) = ("Password", "Mot de passe")
        case .loginButton: (en, fr) = ("Log in", "Se connecter")
        case .loginFormExpired:
            (en, fr) = (
                "The form has expired or did not come from this site. Please try again.",
                "Le formulaire a expiré ou ne provient pas de ce site. Veuillez réessayer."
            )
        case .participantsTitle: (en, fr) = ("Participants", "Participants")
        case .search: (en, fr) = ("Search by name or code", "Rechercher par nom ou code")
        case .status: (en, fr) = ("Status", "Statut")
        case .region: (en, fr) = ("Region", "Région")
        case .anyStatus: (en, fr) = ("Any status", "Tous les statuts")
        case .anyRegion: (en, fr) = ("Any region", "Toutes les régions")
        case .filter: (en, fr) = ("Filter", "Filtrer")
        case .code: (en, fr) = ("Code", "Code")
        case .name: (en, fr) = ("Name", "Nom")
        case .joined: (en, fr) = ("Joined", "Adhésion")
        case .noParticipants: (en, fr) = ("No participant matches.", "Aucun participant ne correspond.")
        case .authorities: (en, fr) = ("KP authorities", "Autorités PK")
        case .noAuthorities:
            (en, fr) = ("No authority registered in kpcs yet.", "Aucune autorité enregistrée dans kpcs pour l'instant.")
        case .statusHistory: (en, fr) = ("Status history", "Historique du statut")
        case .noStatusChanges: (en, fr) = ("No change since it joined.", "Aucun changement depuis l'adhésion.")
        case .canExport: (en, fr) = ("Exports", "Exporte")
        case .canImport: (en, fr) = ("Imports", "Importe")
        case .memberState: (en, fr) = ("Member state", "État membre")
        case .euMemberState:
            (en, fr) = ("member state of the European Union (EU)", "État membre de l'Union européenne (UE)")
        case .effectiveOn: (en, fr) = ("Effective on", "En vigueur le")
        case .reason: (en, fr) = ("Reason", "Motif")
        case .previousPage: (en, fr) = ("Previous page", "Page précédente")
        case .nextPage: (en, fr) = ("Next page", "Page suivante")
        case .pageOf: (en, fr) = ("Page {0} of {1}", "Page {0} sur {1}")
        case .notFoundTitle: (en, fr) = ("Not found", "Introuvable")
        case .notFound: (en, fr) = ("There is no such page.", "Cette page n'existe pas.")
        case .backToStart: (en, fr) = ("Back to the start page", "Retour à la page de départ")
        case .yes: (en, fr) = ("yes", "oui")
        case .no: (en, fr) = ("no", "non")
        }
        return language == .fr ? fr : en
    }

    /// The registry's regions in words.
    static func region(_ region: String, _ language: Language) -> String {
        guard language == .fr else { return region }
        return [
            "Africa": "Afrique", "Americas": "Amériques", "Asia": "Asie", "Europe": "Europe",
            "Middle East": "Moyen-Orient",
            "Oceania": "Océanie",
        ][region] ?? region
    }
}
