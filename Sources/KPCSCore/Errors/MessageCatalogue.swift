/// Every message kpcs can say to a person. Each key has an English and a French text; `{0}`, `{1}`… are replaced
/// by the message's arguments. A test checks that both texts of every key exist and use the same placeholders.
public enum MessageKey: String, Sendable, CaseIterable {
    // request shape
    case validationFailed = "validation-failed"
    case bodyMalformed = "body-malformed"
    case bodyTooLarge = "body-too-large"
    case fieldRequired = "field-required"
    case fieldWrongType = "field-wrong-type"
    case fieldValueInvalid = "field-value-invalid"
    case textTooLong = "text-too-long"
    case textEmpty = "text-empty"
    case dateInvalid = "date-invalid"
    case pageInvalid = "page-invalid"
    case unsupportedMediaType = "unsupported-media-type"
    case bodyDuplicateMember = "body-duplicate-member"
    case moreProblems = "more-problems"
    // registry
    case registryMalformed = "registry-malformed"
    case participantUnknown = "participant-unknown"
    case participantNotActive = "participant-not-active"
    case memberStateNotParticipant = "member-state-not-participant"
    case sameParticipant = "same-participant"
    case statusUnchanged = "status-unchanged"
    case effectiveDateInFuture = "effective-date-in-future"
    case authorityUnknown = "authority-unknown"
    case authorityNeedsRight = "authority-needs-right"
    case memberStateInvalid = "member-state-invalid"
    case companyUnknown = "company-unknown"
    case companyNeedsRole = "company-needs-role"
    case companyAlreadySuspended = "company-already-suspended"
    case companyNotSuspended = "company-not-suspended"
    case licenceTaken = "licence-taken"
    case companyOtherParticipant = "company-other-participant"
    // certificate issue
    case exporterNotLicensed = "exporter-not-licensed"
    case importerNotLicensed = "importer-not-licensed"
    case companySuspended = "company-suspended"
    case officerOtherParticipant = "officer-other-participant"
    case authorityCannotExport = "authority-cannot-export"
    case authorityCannotImport = "authority-cannot-import"
    case linesMissing = "lines-missing"
    case linesTooMany = "lines-too-many"
    case hsCodeDuplicate = "hs-code-duplicate"
    case hsCodeUnknown = "hs-code-unknown"
    case quantityNotPositive = "quantity-not-positive"
    case quantityNegative = "quantity-negative"
    case totalTooLarge = "total-too-large"
    case quantityTooLarge = "quantity-too-large"
    case sequenceExhausted = "sequence-exhausted"
    case statisticsTooLarge = "statistics-too-large"
    case originCodeInvalid = "origin-code-invalid"
    case originKindUnknown = "origin-kind-unknown"
    case originMixedTooFew = "origin-mixed-too-few"
    case originDuplicate = "origin-duplicate"
    case expiryNotAfterIssue = "expiry-not-after-issue"
    case expiryBeyondMaximum = "expiry-beyond-maximum"
    case replacedUnknown = "replaced-unknown"
    case replacedNotVoided = "replaced-not-voided"
    case replacedOtherParticipant = "replaced-other-participant"
    case replacedAlready = "replaced-already"
    // certificate life
    case certificateUnknown = "certificate-unknown"
    case certificateNotVisible = "certificate-not-visible"
    case confirmNotImportingParticipant = "confirm-not-importing-participant"
    case certificateNotIssued = "certificate-not-issued"
    case confirmationLinesMismatch = "confirmation-lines-mismatch"
    case receivedBeforeIssue = "received-before-issue"
    case receivedInFuture = "received-in-future"
    case outcomeUnknown = "outcome-unknown"
    case reasonMissing = "reason-missing"
    case voidNotIssuingAuthority = "void-not-issuing-authority"
    // statistics
    case periodAmbiguous = "period-ambiguous"
    case productionOtherParticipant = "production-other-participant"
    case productionPeriodInFuture = "production-period-in-future"
    case productionLineDuplicate = "production-line-duplicate"
    case productionCSVMalformed = "production-csv-malformed"
    case productionResubmissionReason = "production-resubmission-reason"
    case statisticsDetailForbidden = "statistics-detail-forbidden"
    // accounts and auth
    case authenticationRequired = "authentication-required"
    case tokenInvalid = "token-invalid"
    case loginFailed = "login-failed"
    case accountLocked = "account-locked"
    case roleForbidden = "role-forbidden"
    case officerNeedsAuthority = "officer-needs-authority"
    case onlyOfficerHasAuthority = "only-officer-has-authority"
    case usernameTaken = "username-taken"
    case usernameInvalid = "username-invalid"
    case accountUnknown = "account-unknown"
    case passwordTooShort = "password-too-short"
    case roleUnknown = "role-unknown"
    case cannotDisableSelf = "cannot-disable-self"
    case formTokenInvalid = "form-token-invalid"
    case decimalInvalid = "decimal-invalid"
    case wholeNumberInvalid = "whole-number-invalid"
    // keys and seals
    case keyUnknown = "key-unknown"
    case keyAlreadyRevoked = "key-already-revoked"
    case revocationInFuture = "revocation-in-future"
    case sealTooLarge = "seal-too-large"
    // transparency log
    case logOriginChanged = "log-origin-changed"
    case logSizeBeyond = "log-size-beyond"
    case logIndexBeyond = "log-index-beyond"
    case logConsistencyRange = "log-consistency-range"
    case logTileUnknown = "log-tile-unknown"
    case cosignatureInvalid = "cosignature-invalid"
    case witnessUnknown = "witness-unknown"
    case masterKeyInvalid = "master-key-invalid"
    case masterKeyMismatch = "master-key-mismatch"
    case verdictNotASeal = "verdict-not-a-seal"
    case verdictUnknownKey = "verdict-unknown-key"
    case verdictTampered = "verdict-tampered"
    case verdictKeyRevoked = "verdict-key-revoked"
    case verdictVoided = "verdict-voided"
    case verdictExpired = "verdict-expired"
    case verdictTrustListStale = "verdict-trust-list-stale"
    case verdictGenuine = "verdict-genuine"
    // generic
    case routeNotFound = "route-not-found"
    case methodNotAllowed = "method-not-allowed"
    case databaseUnavailable = "database-unavailable"
    case internalError = "internal-error"
}

/// English and French texts of every ``MessageKey``.
public enum MessageCatalogue {
    public static func template(_ key: MessageKey, _ language: Language) -> String {
        let (en, fr) = texts(key)
        return language == .fr ? fr : en
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    static func texts(_ key: MessageKey) -> (String, String) {
        switch key {
        case .validationFailed:
            return ("The request has {0} problem(s).", "La requête comporte {0} problème(s).")
        case .bodyMalformed:
            return ("The request body is not valid JSON.", "Le corps de la requête n'est pas un JSON valide.")
        case .bodyTooLarge:
            return ("The request body is larger than {0} bytes.", "Le corps de la requête dépasse {0} octets.")
        case .fieldRequired:
            return ("{0} is required.", "{0} est obligatoire.")
        case .fieldWrongType:
            return ("{0} has the wrong type: expected {1}.", "{0} n'a pas le bon type : {1} attendu.")
        case .fieldValueInvalid:
            return ("{0} cannot be {1}; allowed values: {2}.", "{0} ne peut pas valoir {1} ; valeurs admises : {2}.")
        case .textTooLong:
            return ("{0} is too long: at most {1} characters.", "{0} est trop long : {1} caractères au plus.")
        case .textEmpty:
            return ("{0} must not be empty.", "{0} ne doit pas être vide.")
        case .dateInvalid:
            return ("{0} must be a date written YYYY-MM-DD.", "{0} doit être une date au format AAAA-MM-JJ.")
        case .pageInvalid:
            return ("{0} must be a whole number from {1} to {2}.", "{0} doit être un nombre entier de {1} à {2}.")
        case .unsupportedMediaType:
            return ("Send the request body as {0}, encoded in UTF-8.", "Envoyez le corps de la requête en {0}, encodé en UTF-8.")
        case .bodyDuplicateMember:
            return ("The member {0} appears more than once in one object of the request body; send it once.",
                "Le membre {0} figure plus d'une fois dans un même objet du corps de la requête ; envoyez-le une seule fois.")
        case .moreProblems:
            return ("… and {0} more problem(s) not listed; correct these first.",
                "… et {0} autre(s) problème(s) non listé(s) ; corrigez d'abord ceux-ci.")
        case .registryMalformed:
            return ("The participant registry is malformed at line {0} ({1}).",
                "Le registre des participants est mal formé à la ligne {0} ({1}).")
        case .participantUnknown:
            return ("No participant has the code {0}.", "Aucun participant n'a le code {0}.")
        case .participantNotActive:
            return ("{0} is {1} in the Kimberley Process and may not trade.",
                "{0} a le statut « {1} » dans le Processus de Kimberley et ne peut pas commercer.")
        case .memberStateNotParticipant:
            return ("{0} is a member state of {1}: name the participant {1}.",
                "{0} est un État membre de {1} : indiquez le participant {1}.")
        case .sameParticipant:
            return ("Exporting and importing participant are both {0}: a shipment within one participant is not a Kimberley Process shipment.",
                "Le participant exportateur et le participant importateur sont tous deux {0} : une expédition au sein d'un même participant n'est pas une expédition du Processus de Kimberley.")
        case .statusUnchanged:
            return ("{0} is already {1}.", "{0} a déjà le statut « {1} ».")
        case .effectiveDateInFuture:
            return ("The effective date {0} is in the future: record the change on the day it takes effect.",
                "La date d'effet {0} est dans le futur : enregistrez le changement le jour où il prend effet.")
        case .authorityUnknown:
            return ("No authority has the id {0}.", "Aucune autorité n'a l'identifiant {0}.")
        case .authorityNeedsRight:
            return ("An authority must be allowed to export, import or both.",
                "Une autorité doit pouvoir exporter, importer ou les deux.")
        case .memberStateInvalid:
            return ("{0} is not a member state of {1}.", "{0} n'est pas un État membre de {1}.")
        case .companyUnknown:
            return ("No company has the id {0}.", "Aucune entreprise n'a l'identifiant {0}.")
        case .companyNeedsRole:
            return ("A company must be licensed to export, import or both.",
                "Une entreprise doit être agréée pour exporter, importer ou les deux.")
        case .companyAlreadySuspended:
            return ("{0} is already suspended.", "{0} est déjà suspendue.")
        case .companyNotSuspended:
            return ("{0} is not suspended.", "{0} n'est pas suspendue.")
        case .licenceTaken:
            return ("{0} already has a company with licence number {1}.",
                "{0} a déjà une entreprise avec le numéro d'agrément {1}.")
        case .companyOtherParticipant:
            return ("{0} is licensed by {1}; your authority belongs to {2}.",
                "{0} est agréée par {1} ; votre autorité relève de {2}.")
        case .exporterNotLicensed:
            return ("{0} is not licensed to export by {1}.", "{0} n'est pas agréée à l'exportation par {1}.")
        case .importerNotLicensed:
            return ("{0} is not licensed to import by {1}.", "{0} n'est pas agréée à l'importation par {1}.")
        case .companySuspended:
            return ("{0} is suspended and may not trade.", "{0} est suspendue et ne peut pas commercer.")
        case .officerOtherParticipant:
            return ("Your authority belongs to {0}: you cannot act for {1}.",
                "Votre autorité relève de {0} : vous ne pouvez pas agir pour {1}.")
        case .authorityCannotExport:
            return ("Your authority ({0}) is not an exporting authority.",
                "Votre autorité ({0}) n'est pas une autorité exportatrice.")
        case .authorityCannotImport:
            return ("Your authority ({0}) is not an importing authority.",
                "Votre autorité ({0}) n'est pas une autorité importatrice.")
        case .linesMissing:
            return ("A certificate needs at least one line.", "Un certificat doit comporter au moins une ligne.")
        case .linesTooMany:
            return ("At most {0} lines are allowed, each for a different kind of goods.",
                "{0} lignes au plus sont admises, chacune pour une sorte de marchandise différente.")
        case .hsCodeDuplicate:
            return ("HS code {0} appears more than once.", "Le code SH {0} figure plus d'une fois.")
        case .hsCodeUnknown:
            return ("{0} is not a rough-diamond HS code: use 7102.10, 7102.21 or 7102.31.",
                "{0} n'est pas un code SH de diamants bruts : utilisez 7102.10, 7102.21 ou 7102.31.")
        case .quantityNotPositive:
            return ("{0} must be a whole number greater than zero.", "{0} doit être un nombre entier supérieur à zéro.")
        case .quantityNegative:
            return ("{0} must be a whole number, zero or more.", "{0} doit être un nombre entier positif ou nul.")
        case .totalTooLarge:
            return ("The total of {0} is too large: at most {1}.", "Le total de {0} est trop grand : {1} au plus.")
        case .quantityTooLarge:
            return ("{0} is too large: at most {1}.", "{0} est trop grand : {1} au plus.")
        case .statisticsTooLarge:
            return ("A total of this period does not fit in kpcs's exact 64-bit sums; ask for a shorter period.",
                "Un total de cette période dépasse les sommes exactes sur 64 bits de kpcs ; demandez une période plus courte.")
        case .sequenceExhausted:
            return ("{0} has issued the {1} certificates its numbers allow for {2}.",
                "{0} a délivré les {1} certificats que sa numérotation permet pour {2}.")
        case .originCodeInvalid:
            return ("{0} is not an ISO 3166-1 alpha-2 country code.",
                "{0} n'est pas un code pays ISO 3166-1 alpha-2.")
        case .originKindUnknown:
            return ("The origin kind must be single or mixed, not {0}.",
                "Le type d'origine doit être single ou mixed, pas {0}.")
        case .originMixedTooFew:
            return ("A mixed origin lists at least two countries.",
                "Une origine mixte comporte au moins deux pays.")
        case .originDuplicate:
            return ("{0} appears twice in the origin.", "{0} figure deux fois dans l'origine.")
        case .expiryNotAfterIssue:
            return ("The expiry date {0} must be after the issue date {1}.",
                "La date d'expiration {0} doit être postérieure à la date de délivrance {1}.")
        case .expiryBeyondMaximum:
            return ("The expiry date {0} is beyond the maximum validity of {1} days (at the latest {2}).",
                "La date d'expiration {0} dépasse la validité maximale de {1} jours (au plus tard le {2}).")
        case .replacedUnknown:
            return ("No certificate has the number {0}.", "Aucun certificat ne porte le numéro {0}.")
        case .replacedNotVoided:
            return ("Certificate {0} is {1}: only a voided certificate can be replaced.",
                "Le certificat {0} a l'état « {1} » : seul un certificat annulé peut être remplacé.")
        case .replacedOtherParticipant:
            return ("Certificate {0} was issued by another participant.",
                "Le certificat {0} a été délivré par un autre participant.")
        case .replacedAlready:
            return ("Certificate {0} has already been replaced by {1}.",
                "Le certificat {0} a déjà été remplacé par {1}.")
        case .certificateUnknown:
            return ("No certificate has the number {0}.", "Aucun certificat ne porte le numéro {0}.")
        case .certificateNotVisible:
            return ("Certificate {0} is neither from nor addressed to your participant.",
                "Le certificat {0} n'émane pas de votre participant et ne lui est pas adressé.")
        case .confirmNotImportingParticipant:
            return ("Only an importing authority of {0} can confirm certificate {1}.",
                "Seule une autorité importatrice de {0} peut confirmer le certificat {1}.")
        case .certificateNotIssued:
            return ("Certificate {0} is already {1}: only an issued certificate can change.",
                "Le certificat {0} a déjà l'état « {1} » : seul un certificat délivré peut changer.")
        case .confirmationLinesMismatch:
            return ("Give one received line for each HS code of the certificate: {0}.",
                "Indiquez une ligne reçue pour chaque code SH du certificat : {0}.")
        case .receivedBeforeIssue:
            return ("The receipt date {0} is before the issue date {1}.",
                "La date de réception {0} est antérieure à la date de délivrance {1}.")
        case .receivedInFuture:
            return ("The receipt date {0} is in the future.", "La date de réception {0} est dans le futur.")
        case .outcomeUnknown:
            return ("The outcome must be received or refused, not {0}.",
                "Le résultat doit être received ou refused, pas {0}.")
        case .reasonMissing:
            return ("Give a reason.", "Indiquez un motif.")
        case .voidNotIssuingAuthority:
            return ("Only the issuing authority can void certificate {0}.",
                "Seule l'autorité de délivrance peut annuler le certificat {0}.")
        case .periodAmbiguous:
            return ("Give either a half-year or a quarter, not both.", "Indiquez un semestre ou un trimestre, pas les deux.")
        case .productionOtherParticipant:
            return ("An authority of {1} cannot report the production of {0}.",
                "Une autorité de {1} ne peut pas déclarer la production de {0}.")
        case .productionPeriodInFuture:
            return ("The half-year {0} has not begun: production can be reported once it has.",
                "Le semestre {0} n'a pas commencé : la production pourra être déclarée ensuite.")
        case .productionLineDuplicate:
            return ("The line {0} (HS code/mining) appears twice.", "La ligne {0} (code SH/exploitation) figure deux fois.")
        case .productionCSVMalformed:
            return ("Line {0} of the CSV file cannot be read: check the column {1} (expected: hs_code,mining,carats,value_usd, decimals with a point).",
                "La ligne {0} du fichier CSV est illisible : vérifiez la colonne {1} (attendu : hs_code,mining,carats,value_usd, décimales avec un point).")
        case .productionResubmissionReason:
            return ("{0} already has a production report: a resubmission needs a reason.",
                "{0} a déjà une déclaration de production : une nouvelle soumission doit être motivée.")
        case .statisticsDetailForbidden:
            return ("The account {0} may see statistics only as published aggregates: certificate-level detail is for the authorities concerned, the KP Chair and the Working Group on Statistics.",
                "Le compte {0} ne voit les statistiques que sous forme d'agrégats publiés : le détail par certificat est réservé aux autorités concernées, à la présidence du PK et au groupe de travail sur les statistiques.")
        case .authenticationRequired:
            return ("Log in first: send Authorization: Bearer with a token from POST /api/v1/auth/token.",
                "Connectez-vous d'abord : envoyez Authorization: Bearer avec un jeton obtenu par POST /api/v1/auth/token.")
        case .tokenInvalid:
            return ("The token is unknown, expired or revoked: log in again.",
                "Le jeton est inconnu, expiré ou révoqué : reconnectez-vous.")
        case .loginFailed:
            return ("Wrong username or password.", "Nom d'utilisateur ou mot de passe incorrect.")
        case .accountLocked:
            return ("Too many failed logins: try again after {0}.",
                "Trop d'échecs de connexion : réessayez après {0}.")
        case .formTokenInvalid:
            return ("This form was refused: it did not carry this session's security token. Reload the page and try again.",
                "Ce formulaire a été refusé : il ne portait pas le jeton de sécurité de cette session. Rechargez la page et réessayez.")
        case .decimalInvalid:
            return ("{0}: write a number with at most two decimals, for example {1}.",
                "{0} : écrivez un nombre d'au plus deux décimales, par exemple {1}.")
        case .wholeNumberInvalid:
            return ("{0}: write a whole number, for example 3.", "{0} : écrivez un nombre entier, par exemple 3.")
        case .roleForbidden:
            return ("Your account ({0}) may not do this: it needs {1}.",
                "Votre compte ({0}) ne peut pas faire cela : il faut {1}.")
        case .officerNeedsAuthority:
            return ("An authority officer account needs an authority.",
                "Un compte d'agent d'autorité doit être rattaché à une autorité.")
        case .onlyOfficerHasAuthority:
            return ("Only an authority officer account is tied to an authority.",
                "Seul un compte d'agent d'autorité est rattaché à une autorité.")
        case .usernameTaken:
            return ("The username {0} is already taken.", "Le nom d'utilisateur {0} est déjà pris.")
        case .usernameInvalid:
            return ("A username has 3 to 64 characters: letters, digits, dot, dash or underscore.",
                "Un nom d'utilisateur compte de 3 à 64 caractères : lettres, chiffres, point, tiret ou tiret bas.")
        case .accountUnknown:
            return ("No account has the username {0}.", "Aucun compte n'a le nom d'utilisateur {0}.")
        case .passwordTooShort:
            return ("A password needs at least {0} characters.", "Un mot de passe doit compter au moins {0} caractères.")
        case .roleUnknown:
            return ("The role must be administrator, officer or observer, not {0}.",
                "Le rôle doit être administrator, officer ou observer, pas {0}.")
        case .cannotDisableSelf:
            return ("You cannot disable your own account.", "Vous ne pouvez pas désactiver votre propre compte.")
        case .keyUnknown:
            return ("No signing key has the id {0}.", "Aucune clé de signature n'a l'identifiant {0}.")
        case .keyAlreadyRevoked:
            return ("The key {0} is already revoked.", "La clé {0} est déjà révoquée.")
        case .revocationInFuture:
            return ("A revocation cannot take effect in the future ({0}).",
                "Une révocation ne peut pas prendre effet dans le futur ({0}).")
        case .logOriginChanged:
            return ("This database's log is named {0}, not {1}: set KPCS_LOG_ORIGIN back to {0}; a log cannot be renamed.",
                "Le journal de cette base s'appelle {0}, pas {1} : remettez KPCS_LOG_ORIGIN à {0} ; un journal ne peut pas être renommé.")
        case .logSizeBeyond:
            return ("The log has {1} entries; {0} is beyond it.", "Le journal compte {1} entrées ; {0} va au-delà.")
        case .logIndexBeyond:
            return ("Leaf {0} is not in a tree of {1} entries (leaves count from 0).",
                "La feuille {0} n'est pas dans un arbre de {1} entrées (les feuilles se comptent à partir de 0).")
        case .logConsistencyRange:
            return ("A consistency proof needs from ≤ to, not from {0} to {1}.",
                "Une preuve de cohérence demande from ≤ to, pas de {0} à {1}.")
        case .logTileUnknown:
            return ("There is no tile {0} in this log.", "Il n'y a pas de tuile {0} dans ce journal.")
        case .cosignatureInvalid:
            return ("The cosignature is not valid for this log's checkpoint: {0}.",
                "La cosignature n'est pas valable pour un point de contrôle de ce journal : {0}.")
        case .witnessUnknown:
            return ("{0} is not a witness this log accepts.", "{0} n'est pas un témoin accepté par ce journal.")
        case .sealTooLarge:
            return ("The certificate's seal would be {0} bytes, more than a printable QR code holds ({1}): shorten the exporter's or importer's name.",
                "Le sceau du certificat ferait {0} octets, plus que ne peut contenir un code QR imprimable ({1}) : raccourcissez le nom de l'exportateur ou de l'importateur.")
        case .masterKeyInvalid:
            return ("The master key must be 32 bytes written in base64: {0}.",
                "La clé maîtresse doit compter 32 octets écrits en base64 : {0}.")
        case .masterKeyMismatch:
            return ("The master key does not open the signing keys of this database: start with the master key it was created with.",
                "La clé maîtresse n'ouvre pas les clés de signature de cette base : démarrez avec la clé maîtresse qui l'a créée.")
        case .verdictNotASeal:
            return ("Not a kpcs seal: this text was not made by kpcs. Do not accept the certificate on it.",
                "Ce n'est pas un sceau kpcs : ce texte n'a pas été produit par kpcs. N'acceptez pas le certificat sur cette base.")
        case .verdictUnknownKey:
            return ("Unknown key: the seal was signed with a key that is not in the trust list. Sync the trust list; if the key stays unknown, do not accept the certificate.",
                "Clé inconnue : le sceau a été signé avec une clé absente de la liste de confiance. Synchronisez la liste ; si la clé reste inconnue, n'acceptez pas le certificat.")
        case .verdictTampered:
            return ("Forged or altered: the signature does not match what the seal says. Do not accept the certificate.",
                "Falsifié ou modifié : la signature ne correspond pas au contenu du sceau. N'acceptez pas le certificat.")
        case .verdictKeyRevoked:
            return ("Key revoked: the seal was made with a key after it was revoked. Do not accept the certificate.",
                "Clé révoquée : le sceau a été fait avec une clé après sa révocation. N'acceptez pas le certificat.")
        case .verdictVoided:
            return ("Genuine but voided: the issuing authority has voided this certificate. Do not accept it.",
                "Authentique mais annulé : l'autorité émettrice a annulé ce certificat. Ne l'acceptez pas.")
        case .verdictExpired:
            return ("Genuine but expired: the certificate is past its expiry date.",
                "Authentique mais expiré : la date d'expiration du certificat est passée.")
        case .verdictTrustListStale:
            return ("The signature is good, but the saved trust list is out of date: sync it before accepting the certificate.",
                "La signature est bonne, mais la liste de confiance enregistrée est périmée : synchronisez-la avant d'accepter le certificat.")
        case .verdictGenuine:
            return ("Genuine: sealed by a Kimberley Process authority, unchanged, not voided and not expired.",
                "Authentique : scellé par une autorité du Processus de Kimberley, non modifié, ni annulé ni expiré.")
        case .routeNotFound:
            return ("There is nothing at this address.", "Il n'y a rien à cette adresse.")
        case .methodNotAllowed:
            return ("This address does not accept this method.", "Cette adresse n'accepte pas cette méthode.")
        case .databaseUnavailable:
            return ("The database is busy or unreachable: try again shortly.",
                "La base de données est occupée ou injoignable : réessayez dans un instant.")
        case .internalError:
            return ("Something went wrong on our side; it has been logged.",
                "Une erreur s'est produite de notre côté ; elle a été journalisée.")
        }
    }

    /// The problem `title` for a kind of error.
    public static func title(_ kind: KPCSError.Kind, _ language: Language) -> String {
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
