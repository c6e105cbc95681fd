import Foundation
import Hummingbird
import KPCSCore
import KPCSSeal
import KPCSStore

/// Online verification: the offline verdict with today's lists, plus the certificate's live state.
enum VerifyAPI {
    static func operations(_ store: Store) -> [Operation] {
        [
            Operation(.post, VerificationURL.api, .anyone) { request, context in
                let body = try await JSONBody.decode(VerifyRequest.self, from: request)
                guard let seal = body.seal else {
                    throw KPCSError.invalid(RequestMessage.fieldRequired(field: "seal"), pointer: "/seal")
                }
                let result = try await store.keys.verifyOnline(seal)
                return JSONBody.response(VerificationJSON(result, language: context.language))
            }
        ]
    }
}

/// `POST /verify`: the whole `KP1:` text read from the QR code.
struct VerifyRequest: Decodable, Sendable {
    let seal: String?
}

/// The verdict with what the seal says, in the caller's language.
struct VerificationJSON: Encodable, Sendable {
    let verdict: String
    /// What the officer makes of it: accept, used, refused, voided, expired, forged or sync-first.
    let kind: String
    let acceptable: Bool
    let message: String
    let detail: String?
    let certificate: SealedCertificateJSON?
    let key: KeyJSON?
    let voidedAt: String?
    let answer: AnswerJSON?
    let liveState: String?
    let matchesRecord: Bool

    init(_ online: OnlineVerification, language: Language) {
        let result = online.verification
        verdict = result.verdict.rawValue
        kind = result.verdict.kind.rawValue
        acceptable = result.verdict.isAcceptable
        message = result.message(in: language)
        detail = result.detail
        certificate = result.claims.map(SealedCertificateJSON.init)
        key = result.key.map(KeyJSON.init)
        voidedAt = result.voided?.voidedAt
        answer = result.answered.map(AnswerJSON.init)
        liveState = online.liveState?.rawValue
        matchesRecord = online.matchesRecord
    }

    /// The importing participant's answer: received or refused, on which day, by which participant.
    struct AnswerJSON: Encodable, Sendable {
        let outcome: String
        let on: String
        let by: String

        init(_ answered: AnsweredCertificate) {
            outcome = answered.outcome.rawValue
            on = answered.on
            by = answered.by
        }
    }

    struct KeyJSON: Encodable, Sendable {
        let kid: String
        let participant: String
        let authority: String
        let status: String

        init(_ key: TrustedKey) {
            kid = key.kid
            participant = key.participant
            authority = key.authorityName
            status = key.status.rawValue
        }
    }
}

/// The claims of a seal in the API's usual words.
struct SealedCertificateJSON: Encodable, Sendable {
    let number: String
    let sealedAt: String
    let issuedOn: String
    let expiresOn: String
    let exportingParticipant: String
    let importingParticipant: String
    let exporter: String
    let importer: String
    let origin: [String]
    let originZone: String?
    let lines: [CertificateLine]
    let totals: CertificateTotals
    let replaces: String?

    init(_ claims: SealClaims) {
        number = claims.number
        sealedAt = Timestamp.string(Date(timeIntervalSince1970: TimeInterval(claims.sealedAt)))
        issuedOn = claims.issuedOn.description
        expiresOn = claims.expiresOn.description
        exportingParticipant = claims.exportingParticipant
        importingParticipant = claims.importingParticipant
        exporter = claims.exporterName
        importer = claims.importerName
        origin = claims.origin
        originZone = claims.originZone
        lines = claims.lines
        totals = claims.totals
        replaces = claims.replaces
    }
}
