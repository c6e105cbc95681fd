import KPCSCore

/// The problem `title` of each kind of error, in English and French (RFC 9457's short summary).
enum ProblemTitle {
    static func text(_ kind: KPCSError.Kind, _ language: Language) -> String {
        let (en, fr): (String, String)
        switch kind {
        case .invalid: (en, fr) = ("Invalid request", "Requête invalide")
        case .unauthenticated: (en, fr) = ("Authentication required", "Authentification requise")
        case .forbidden: (en, fr) = ("Forbidden", "Interdit")
        case .notFound: (en, fr) = ("Not found", "Introuvable")
        case .conflict: (en, fr) = ("Conflict", "Conflit")
        case .locked: (en, fr) = ("Too many attempts", "Trop de tentatives")
        case .unavailable: (en, fr) = ("Service unavailable", "Service indisponible")
        case .internalError: (en, fr) = ("Internal error", "Erreur interne")
        }
        return language == .fr ? fr : en
    }
}
