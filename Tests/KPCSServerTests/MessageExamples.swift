import Foundation
import KPCSCore
import KPCSSeal
import Testing

@testable import KPCSServer

/// One message of every code of every message type that carries values, with values that can be told apart in the texts; and the
/// check each type passes.
enum MessageExamples {
    static let request: [RequestMessage] = [
        .validationFailed(count: "‹count›"),
        .fieldRequired(field: "‹field›"),
        .fieldWrongType(field: "‹field›", expected: "‹expected›"),
        .fieldValueInvalid(field: "‹field›", value: "‹value›", allowed: "‹allowed›"),
        .textTooLong(field: "‹field›", maximum: "‹maximum›"),
        .textEmpty(field: "‹field›"),
        .textTooManyLines(field: "‹field›", maximum: "‹maximum›"),
        .dateInvalid(field: "‹field›"),
        .pageInvalid(field: "‹field›", minimum: "‹minimum›", maximum: "‹maximum›"),
        .moreProblems(count: "‹count›"),
    ]

    static let registry: [RegistryMessage] = [
        .registryMalformed(line: "‹line›", column: "‹column›"),
        .participantUnknown(code: "‹code›"),
        .participantNotActive(code: "‹code›", status: "‹status›"),
        .memberStateNotParticipant(state: "‹state›", participant: "‹participant›"),
        .sameParticipant(code: "‹code›"),
        .statusUnchanged(code: "‹code›", status: "‹status›"),
        .effectiveDateInFuture(date: "‹date›"),
        .authorityUnknown(id: "‹id›"),
        .authorityNeedsRight,
        .memberStateInvalid(state: "‹state›", participant: "‹participant›"),
        .companyUnknown(id: "‹id›"),
        .companyNeedsRole,
        .companyAlreadySuspended(company: "‹company›"),
        .companyNotSuspended(company: "‹company›"),
        .licenceTaken(participant: "‹participant›", licence: "‹licence›"),
        .textNotPrintable(field: "‹field›", characters: "‹characters›"),
        .companyOtherParticipant(
            company: "‹company›", licensedBy: "‹licensedBy›", authorityParticipant: "‹authorityParticipant›"),
    ]

    static let certificates: [CertificateMessage] = [
        .exporterNotLicensed(company: "‹company›", participant: "‹participant›"),
        .importerNotLicensed(company: "‹company›", participant: "‹participant›"),
        .companySuspended(company: "‹company›"),
        .officerOtherParticipant(own: "‹own›", asked: "‹asked›"),
        .authorityCannotExport(authority: "‹authority›"),
        .authorityCannotImport(authority: "‹authority›"),
        .linesMissing,
        .linesTooMany(maximum: "‹maximum›"),
        .hsCodeDuplicate(hsCode: "‹hsCode›"),
        .hsCodeUnknown(hsCode: "‹hsCode›"),
        .quantityNotPositive(field: "‹field›"),
        .quantityNegative(field: "‹field›"),
        .totalTooLarge(field: "‹field›", maximum: "‹maximum›"),
        .quantityTooLarge(field: "‹field›", maximum: "‹maximum›"),
        .sequenceExhausted(participant: "‹participant›", count: "‹count›", year: "‹year›"),
        .originCodeInvalid(country: "‹country›"),
        .originKindUnknown(kind: "‹kind›"),
        .originMixedTooFew,
        .originDuplicate(country: "‹country›"),
        .expiryNotAfterIssue(expiry: "‹expiry›", issue: "‹issue›"),
        .expiryBeyondMaximum(expiry: "‹expiry›", maximumDays: "‹maximumDays›", latest: "‹latest›"),
        .replacedUnknown(number: "‹number›"),
        .replacedNotVoided(number: "‹number›", state: "‹state›"),
        .replacedOtherParticipant(number: "‹number›"),
        .replacedAlready(number: "‹number›", replacement: "‹replacement›"),
        .sealTooLarge(bytes: "‹bytes›", maximum: "‹maximum›"),
        .certificateUnknown(number: "‹number›"),
        .certificateNotVisible(number: "‹number›"),
        .confirmNotImportingParticipant(participant: "‹participant›", number: "‹number›"),
        .certificateNotIssued(number: "‹number›", state: "‹state›"),
        .confirmationLinesMismatch(hsCodes: "‹hsCodes›"),
        .receivedBeforeIssue(received: "‹received›", issued: "‹issued›"),
        .receivedInFuture(received: "‹received›"),
        .outcomeUnknown(outcome: "‹outcome›"),
        .reasonMissing,
        .voidNotIssuingAuthority(number: "‹number›"),
    ]

    static let statistics: [StatisticsMessage] = [
        .statisticsTooLarge,
        .periodAmbiguous,
        .productionOtherParticipant(producer: "‹producer›", authorityParticipant: "‹authorityParticipant›"),
        .productionPeriodInFuture(period: "‹period›"),
        .productionLineDuplicate(line: "‹line›"),
        .productionCSVMalformed(line: "‹line›", column: "‹column›"),
        .productionResubmissionReason(period: "‹period›"),
        .statisticsDetailForbidden(username: "‹username›"),
    ]

    static let governance: [GovernanceMessage] = [
        .decisionUnknown(id: "‹id›"),
        .proposerNotActive(participant: "‹participant›", status: "‹status›"),
        .onlyChairOpens(year: "‹year›", chair: "‹chair›"),
        .noChair(year: "‹year›"),
        .decisionAlreadyOpen(id: "‹id›"),
        .decisionNotOpen(id: "‹id›"),
        .stanceAfterDeadline(id: "‹id›", deadline: "‹deadline›"),
        .participantNotEntitled(participant: "‹participant›", id: "‹id›"),
        .positionUnknown(position: "‹position›"),
        .objectionNeedsReason,
        .deadlineInvalid(field: "‹field›"),
        .deadlineTooSoon(earliest: "‹earliest›"),
        .deadlineTooLate(latest: "‹latest›"),
        .effectKindUnknown(kind: "‹kind›"),
        .effectNeedsParticipant(kind: "‹kind›"),
        .effectNeedsYear(kind: "‹kind›"),
        .effectYearOutOfRange(year: "‹year›", earliest: "‹earliest›", latest: "‹latest›"),
        .effectStatusWrong(participant: "‹participant›", status: "‹status›", needed: "‹needed›"),
        .effectMemberState(state: "‹state›", participant: "‹participant›"),
        .exportZonesInvalid(maximum: "‹maximum›", length: "‹length›"),
        .organisationUnknown(code: "‹code›"),
        .organisationCodeInvalid(code: "‹code›"),
        .organisationCodeTaken(code: "‹code›"),
        .organisationKindUnknown(kind: "‹kind›"),
        .delegateNeedsParticipant,
        .onlyDelegateHasParticipant,
        .onlyObserverHasOrganisation,
        .commentNeedsOrganisation(username: "‹username›"),
        .stanceForOtherParticipant(own: "‹own›", asked: "‹asked›"),
        .archiveNotClosed,
        .archiveStanceTwice(participant: "‹participant›"),
    ]

    static let meetings: [MeetingMessage] = [
        .meetingUnknown(id: "‹id›"),
        .onlyChairRecords(year: "‹year›", chair: "‹chair›"),
        .noChairToRecord(year: "‹year›"),
        .endsBeforeStart,
        .meetingTooLong(maximum: "‹maximum›"),
        .yearOutOfRange(earliest: "‹earliest›", latest: "‹latest›"),
        .placeRequired,
        .tooMany(field: "‹field›", maximum: "‹maximum›"),
        .attendeeUnknown(code: "‹code›"),
        .communiqueOnlyPlenary,
        .communiqueEitherTextOrNone,
        .meetingOver(id: "‹id›", ended: "‹ended›"),
        .bodyRequired,
        .bodyOnlyForBodyMeeting,
        .bodyNotMeeting(body: "‹body›", on: "‹on›"),
        .bodyNotYetMeeting(body: "‹body›", on: "‹on›"),
        .onlyChairOrBodyChairRecords(year: "‹year›", body: "‹body›"),
        .noDecisionAtBodyMeeting(id: "‹id›", body: "‹body›"),
    ]

    static let bodies: [WorkingBodyMessage] = [
        .bodyUnknown(code: "‹code›"),
        .seatUnknown(body: "‹body›", id: "‹id›"),
        .onlyAdministratorSeatsPersons,
        .holderUnknown(kind: "‹kind›", code: "‹code›"),
        .personOnlyMember,
        .seatEndsBeforeStart,
        .seatEndedAlready(on: "‹on›"),
        .seatOverlaps(body: "‹body›", code: "‹code›", role: "‹role›"),
        .roleTaken(body: "‹body›", role: "‹role›", code: "‹code›", from: "‹from›"),
        .bodyDissolved(body: "‹body›", on: "‹on›"),
        .bodyCodeInvalid(code: "‹code›"),
        .bodyCodeTaken(code: "‹code›"),
        .chairOfficeStays,
        .appointNeedsOneHolder,
    ]

    static let zones: [ZoneMessage] = [
        .onlyParticipantRegisters(participant: "‹participant›"),
        .codeInvalid(code: "‹code›", participant: "‹participant›", maximum: "‹maximum›"),
        .codeTaken(code: "‹code›"),
        .zoneUnknown(code: "‹code›"),
        .geometryTypeUnsupported(type: "‹type›"),
        .coordinatesShape(type: "‹type›"),
        .positionShape,
        .positionOutOfRange,
        .tooManyRings(maximum: "‹maximum›"),
        .tooManyPositions(maximum: "‹maximum›"),
        .ringTooShort(ring: "‹ring›"),
        .ringNotClosed(ring: "‹ring›"),
        .ringFlat(ring: "‹ring›"),
        .ringCrossesItself(ring: "‹ring›"),
        .ringsCross(ring: "‹ring›", other: "‹other›"),
        .holeOutside(ring: "‹ring›"),
        .originZoneRequired(participant: "‹participant›"),
        .originZoneOtherParticipant(zone: "‹zone›", participant: "‹participant›"),
        .originZoneNeedsOwnOrigin(zone: "‹zone›", participant: "‹participant›"),
        .zoneNonCompliant(zone: "‹zone›", since: "‹since›", decision: "‹decision›"),
        .suspendedExceptZones(participant: "‹participant›", zones: "‹zones›"),
        .zoneNotExportable(zone: "‹zone›", participant: "‹participant›", zones: "‹zones›"),
        .exportZoneUnknown(zone: "‹zone›", participant: "‹participant›"),
        .zoneStatusUnknown(status: "‹status›"),
        .tooManyZones(participant: "‹participant›", maximum: "‹maximum›"),
        .geometryNotJSON,
    ]

    static let annualReports: [AnnualReportMessage] = [
        .figuresForbidden(participant: "‹participant›"),
        .onlyDelegateSubmits(participant: "‹participant›"),
        .ownReportNotReviewed(participant: "‹participant›"),
        .onlyMonitoringReviews(body: "‹body›"),
        .reportForbidden(participant: "‹participant›"),
        .yearOutOfRange(first: "‹first›", last: "‹last›"),
        .yearNotEnded(year: "‹year›"),
        .underReview(year: "‹year›"),
        .alreadyAccepted(year: "‹year›"),
        .figureOutOfRange(figure: "‹figure›", maximum: "‹maximum›"),
        .returnNeedsComment,
        .nothingToReview(year: "‹year›"),
        .versionNotLast(version: "‹version›", last: "‹last›"),
    ]

    static let peerReviews: [PeerReviewMessage] = [
        .onlyMonitoringRecordsReviews,
        .daysOutOfRange(maximum: "‹maximum›"),
        .missionNeedsDecision,
        .decisionNotAdopted(decision: "‹decision›"),
        .visitNeedsNoDecision,
        .teamSize(maximum: "‹maximum›"),
        .memberUnknown(code: "‹code›"),
        .memberTwice(code: "‹code›"),
        .oneLeader,
        .onlyReviewersMakeRecommendations(review: "‹review›"),
        .ownerUnknown(owner: "‹owner›", allowed: "‹allowed›"),
        .onlyReviewersSignOff,
        .onlyOwnerReports(owner: "‹owner›"),
        .progressOutOfRange,
        .milestoneInFuture,
        .madeOnlyOnce,
        .recommendationClosed(number: "‹number›"),
        .signOffNeedsEvidence(number: "‹number›"),
        .reviewUnknown(id: "‹id›"),
        .recommendationUnknown(id: "‹id›"),
        .tooManyRecommendations(maximum: "‹maximum›"),
        .csvMalformed(line: "‹line›", column: "‹column›"),
    ]

    static let incidents: [IncidentMessage] = [
        .onlyObserversFile,
        .precisionOutOfRange(maximum: "‹maximum›"),
        .placeRequired,
        .dayOutOfRange,
        .kindRequired,
        .evidenceTooMuch(maximum: "‹maximum›", length: "‹length›"),
        .publicationInPast,
        .reviewChangesNothing,
        .incidentUnknown(reference: "‹reference›"),
        .onlyReviewersReview,
        .readForbidden,
        .onlyConcernedResponds(participant: "‹participant›"),
    ]

    static let participation: [ParticipationMessage] = [
        .applicationUnknown(id: "‹id›"),
        .onlyCandidateApplies(candidate: "‹candidate›"),
        .notACandidate(candidate: "‹candidate›", status: "‹status›"),
        .applicationPending(candidate: "‹candidate›", id: "‹id›"),
        .letterRequired,
        .contactsCount(maximum: "‹maximum›"),
        .onlyCPCChairReviews(chair: "‹chair›"),
    ]

    static let documents: [DocumentMessage] = [
        .documentUnknown(id: "‹id›"),
        .versionUnknown(document: "‹document›", language: "‹language›"),
        .formatUnsupported(mediaType: "‹mediaType›"),
        .versionEmpty,
        .notAPDF,
        .notUTF8Text,
        .uploadMalformed,
        .uploadTooManyParts(maximum: "‹maximum›"),
        .fileRequired,
    ]

    static let accounts: [AccountMessage] = [
        .authenticationRequired,
        .tokenInvalid,
        .loginFailed,
        .accountLocked(
            until: Date(timeIntervalSince1970: 0), minutes: "‹minutes›", hour: "‹hour›", minute: "‹minute›"),
        .roleForbidden(role: "‹role›", needed: "‹needed›"),
        .officerNeedsAuthority,
        .onlyOfficerHasAuthority,
        .usernameTaken(username: "‹username›"),
        .usernameInvalid,
        .accountUnknown(username: "‹username›"),
        .passwordTooShort(minimum: "‹minimum›"),
        .roleUnknown(role: "‹role›"),
        .cannotDisableSelf,
        .emailInvalid(maximum: "‹maximum›"),
        .mailNotFailed(id: "‹id›"),
        .mailStateUnknown(state: "‹state›"),
    ]

    static let keys: [KeyMessage] = [
        .keyUnknown(kid: "‹kid›"),
        .keyAlreadyRevoked(kid: "‹kid›"),
        .revocationInFuture(effectiveAt: "‹effectiveAt›"),
        .masterKeyInvalid(reason: "‹reason›"),
        .masterKeyMismatch,
    ]

    static let log: [LogMessage] = [
        .logOriginChanged(stored: "‹stored›", configured: "‹configured›"),
        .logSizeBeyond(asked: "‹asked›", size: "‹size›"),
        .logIndexBeyond(leaf: "‹leaf›", size: "‹size›"),
        .logConsistencyRange(from: "‹from›", to: "‹to›"),
        .logTileUnknown(tile: "‹tile›"),
        .cosignatureInvalid(reason: "‹reason›"),
        .witnessUnknown(names: "‹names›"),
    ]

    static let verdicts: [VerdictMessage] = [
        .verdictNotASeal, .verdictUnknownKey, .verdictTampered, .verdictKeyRevoked, .verdictVoided,
        .verdictRefused(participant: "‹participant›", day: "‹day›"),
        .verdictReceived(participant: "‹participant›", day: "‹day›"), .verdictExpired, .verdictTrustListStale,
        .verdictGenuine,
    ]

    static let http: [HTTPMessage] = [
        .bodyMalformed,
        .bodyTooLarge(limit: "‹limit›"),
        .unsupportedMediaType(mediaType: "‹mediaType›"),
        .bodyDuplicateMember(member: "‹member›"),
        .routeNotFound,
        .methodNotAllowed,
    ]

    static let web: [WebMessage] = [
        .formTokenInvalid,
        .decimalInvalid(field: "‹field›", example: "‹example›"),
        .wholeNumberInvalid(field: "‹field›"),
        .numberNegative(field: "‹field›", example: "‹example›"),
    ]

    /// Checks one message type: every code has an example, and every example has an English and a French text that
    /// differ and that both show each value the message carries.
    static func check<Key: MessageKey>(_ examples: [Key], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            Set(examples.map(\.code)) == Set(Key.Code.allCases.map(\.rawValue)),
            "\(Key.self): every code needs an example", sourceLocation: sourceLocation)
        for example in examples {
            let (en, fr) = (example.text(in: .en), example.text(in: .fr))
            #expect(!en.isEmpty && !fr.isEmpty && en != fr, "\(example.code)", sourceLocation: sourceLocation)
            for value in values(of: example) {
                #expect(
                    en.contains(value) && fr.contains(value), "\(example.code) does not show \(value) in both texts",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The values a message carries, read from its case.
    static func values(of message: some MessageKey) -> [String] {
        guard let payload = Mirror(reflecting: message).children.first?.value else { return [] }
        if let value = payload as? String { return [value] }
        return Mirror(reflecting: payload).children.compactMap { $0.value as? String }
    }
}
