/// The messages of the service itself: a database that is busy or gone, and an error on our side.
public enum ServiceMessage: String, MessageKey, CaseIterable {
    case databaseUnavailable = "database-unavailable"
    case internalError = "internal-error"

    public var stableCode: Self { self }

    public var texts: (en: MessageText, fr: MessageText) {
        switch self {
        case .databaseUnavailable:
            return (
                "The database is busy or unreachable: try again shortly.",
                "La base de données est occupée ou injoignable : réessayez dans un instant."
            )
        case .internalError:
            return (
                "Something went wrong on our side; it has been logged.",
                "Une erreur s'est produite de notre côté ; elle a été journalisée."
            )
        }
    }
}
