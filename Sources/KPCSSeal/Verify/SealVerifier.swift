import Foundation
import KPCSCore

/// What a verifier found: the verdict, and whatever it could read on the way (claims, key, void).
public struct SealVerification: Sendable, Equatable {
    public var verdict: SealVerdict
    /// Why the verdict is what it is, in English, for a developer (the verdict's message is for a person).
    public var detail: String?
    public var claims: SealClaims?
    public var key: TrustedKey?
    public var voided: VoidedCertificate?
    /// The importing participant's answer, when the lists have one.
    public var answered: AnsweredCertificate?

    public init(
        verdict: SealVerdict, detail: String? = nil, claims: SealClaims? = nil, key: TrustedKey? = nil,
        voided: VoidedCertificate? = nil, answered: AnsweredCertificate? = nil
    ) {
        self.verdict = verdict
        self.detail = detail
        self.claims = claims
        self.key = key
        self.voided = voided
        self.answered = answered
    }
}

/// Checks seals offline against a trust list and a void list. Pure: no network, no clock of its own.
public struct SealVerifier: Sendable {
    public let trustList: TrustList
    public let voidList: VoidList
    private let keysById: [String: TrustedKey]
    private let voidsByNumber: [String: VoidedCertificate]
    private let answersByNumber: [String: AnsweredCertificate]

    public init(trustList: TrustList, voidList: VoidList) {
        self.trustList = trustList
        self.voidList = voidList
        self.keysById = Dictionary(trustList.keys.map { ($0.kid, $0) }, uniquingKeysWith: { first, _ in first })
        self.voidsByNumber = Dictionary(
            voidList.entries.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.answersByNumber = Dictionary(
            voidList.answered.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Verifies `text` (the whole `KP1:` content of a QR code) as of `now`. Spaces and line breaks around it (a
    /// scanner's newline, a paste) are ignored. Never throws and never traps.
    public func verify(_ text: String, at now: Date) -> SealVerification {
        do { return verify(try Self.read(text), at: now) } catch { return Self.notASeal(error) }
    }

    /// Reads a seal's text (spaces and line breaks around it ignored) without checking it: what `verify(_:at:)`
    /// checks, for a caller that needs the key id or the number first (the online check).
    public static func read(_ text: String) throws(SealFormatError) -> (jws: CompactJWS, claims: SealClaims) {
        try Seal.parse(String(text.trimmingWhitespace()))
    }

    /// The verdict on a text that is not a seal.
    public static func notASeal(_ error: SealFormatError) -> SealVerification {
        SealVerification(verdict: .notASeal, detail: error.description)
    }

    /// Verifies a seal already read, as of `now`.
    public func verify(_ parsed: (jws: CompactJWS, claims: SealClaims), at now: Date) -> SealVerification {
        let claims = parsed.claims
        guard let kid = parsed.jws.keyId, let key = keysById[kid] else {
            return SealVerification(
                verdict: .unknownKey, detail: "no key \(parsed.jws.keyId ?? "") in the trust list", claims: claims)
        }
        guard parsed.jws.verify(with: key.jwk) else {
            return SealVerification(
                verdict: .tampered, detail: "the signature does not match the content", claims: claims, key: key)
        }
        guard key.participant == claims.exportingParticipant else {
            return SealVerification(
                verdict: .tampered,
                detail: "the key belongs to \(key.participant), the certificate says \(claims.exportingParticipant)",
                claims: claims, key: key)
        }
        if key.isRevoked(forSealMadeAt: claims.sealedAt) {
            return SealVerification(
                verdict: .keyRevoked, detail: "key revoked at \(key.revokedAt ?? "")", claims: claims, key: key)
        }
        if let voided = voidsByNumber[claims.number] {
            return SealVerification(
                verdict: .voided, detail: "voided at \(voided.voidedAt)", claims: claims, key: key, voided: voided)
        }
        if let answered = answersByNumber[claims.number] {
            return SealVerification(
                verdict: answered.outcome == .received ? .received : .refused,
                detail: "\(answered.outcome.rawValue) on \(answered.on) by \(answered.by)", claims: claims, key: key,
                answered: answered)
        }
        if claims.expiresOn < CalendarDate(utcDayOf: now) {
            return SealVerification(
                verdict: .expired, detail: "expired after \(claims.expiresOn)", claims: claims, key: key)
        }
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let staleAt = min(trustList.expiresAt, voidList.expiresAt)
        if seconds >= staleAt {
            return SealVerification(
                verdict: .trustListStale, detail: "the saved lists expired at Unix time \(staleAt)", claims: claims,
                key: key)
        }
        return SealVerification(verdict: .genuine, claims: claims, key: key)
    }
}
