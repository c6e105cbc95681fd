import Foundation
import KPCSCore
import KPCSSeal
import SQLKit

/// Signing keys: created when first needed, rotated and revoked by an administrator, private parts encrypted
/// under the master key and opened only inside the transaction that signs.
extension KeyStore {
    /// Stores the master key's check value on first start; refuses a master key that does not open it.
    func checkMasterKey() async throws {
        let masterKey = configuration.masterKey
        let fresh = try masterKey.checkValue()
        try await transaction { db in
            try await db.raw(
                "INSERT INTO master_key_check (id, check_value) VALUES (1, \(bind: fresh)) ON CONFLICT DO NOTHING"
            ).run()
            let stored = try await db.raw("SELECT check_value FROM master_key_check WHERE id = 1").first()?.string(
                "check_value")
            guard let stored, masterKey.opens(checkValue: stored) else {
                throw KPCSError(kind: .internalError, message: LocalizedMessage(KeyMessage.masterKeyMismatch))
            }
        }
    }

    /// Every key, authority keys by participant then age, the root key last.
    public func signingKeys() async throws -> [SigningKeyRecord] {
        try await database.read { db in
            try await db.raw("\(SigningKeyRecord.selectSQL) ORDER BY k.purpose, a.participant_code, a.id, k.created_at")
                .all()
                .map(SigningKeyRecord.init(row:))
        }
    }

    /// Gives an authority a new current key; its current key, if any, becomes retired (its seals stay valid).
    public func rotate(authorityId: Int64, by principal: Principal) async throws -> SigningKeyRecord {
        try principal.require(.administrator)
        let now = Timestamp.string(self.now)
        let masterKey = configuration.masterKey
        let engine = database.engine
        return try await transaction { db in
            let lock: SQLQueryString = engine == .postgres ? " FOR UPDATE" : ""
            guard try await db.raw("SELECT id FROM authorities WHERE id = \(bind: authorityId)\(lock)").first() != nil
            else {
                throw KPCSError.notFound(RegistryMessage.authorityUnknown(id: String(authorityId)))
            }
            let retired = try await db.raw(
                """
                UPDATE signing_keys SET status = 'retired', retired_at = \(bind: now)
                WHERE authority_id = \(bind: authorityId) AND status = 'current' RETURNING kid
                """
            ).all()
            for row in retired { try await db.logKeyEvent("retired", kid: try row.string("kid"), at: now) }
            let pair = SigningKeyPair.generate()
            try await Self.insertKey(
                pair, purpose: .authority, authorityId: authorityId, masterKey: masterKey, at: now, in: db)
            return try await Self.keyRecord(pair.kid, in: db)
        }
    }

    /// Revokes an authority key from `effectiveAt` (now when nil; never in the future). Seals made from that time on
    /// fail. A revoked current key is replaced by a new one in the same transaction, so the authority can go on
    /// issuing.
    public func revoke(
        _ kid: String, reason: String?, effectiveAt: Date?, by principal: Principal
    ) async throws -> SigningKeyRecord {
        try principal.require(.administrator)
        var violations: [Violation] = []
        let checkedReason = ReasonRule.check(reason, pointer: "/reason", into: &violations)
        let now = self.now
        let at = effectiveAt ?? now
        if at > now {
            violations.append(
                Violation("/effectiveAt", KeyMessage.revocationInFuture(effectiveAt: Timestamp.string(at))))
        }
        guard violations.isEmpty, let checkedReason else { throw KPCSError.validation(violations) }
        let revokedAt = Timestamp.string(at)
        let recordedAt = Timestamp.string(now)
        let masterKey = configuration.masterKey
        return try await transaction { db in
            let existing = try await db.raw(
                "\(SigningKeyRecord.selectSQL) WHERE k.kid = \(bind: kid) AND k.purpose = 'authority'"
            )
            .first().map(SigningKeyRecord.init(row:))
            guard let existing, let authority = existing.authority else {
                throw KPCSError.notFound(KeyMessage.keyUnknown(kid: kid))
            }
            let updated = try await db.raw(
                """
                UPDATE signing_keys SET status = 'revoked', revoked_at = \(bind: revokedAt), revocation_reason =\
                 \(bind: checkedReason)
                WHERE kid = \(bind: kid) AND status <> 'revoked' RETURNING kid
                """
            ).first()
            guard updated != nil else { throw KPCSError.conflict(KeyMessage.keyAlreadyRevoked(kid: kid)) }
            try await db.logKeyEvent("revoked", kid: kid, at: recordedAt, effectiveAt: revokedAt)
            if existing.status == .current {
                try await Self.insertKey(
                    .generate(), purpose: .authority, authorityId: authority.id, masterKey: masterKey, at: recordedAt,
                    in: db)
            }
            return try await Self.keyRecord(kid, in: db)
        }
    }

    /// The root key that signs the trust list and the void list; made on first use.
    public func rootKey() async throws -> SigningKeyPair {
        let now = Timestamp.string(self.now)
        let masterKey = configuration.masterKey
        if let pair = try await database.read({ db in try await Self.currentRootKey(masterKey: masterKey, in: db) }) {
            return pair
        }
        return try await transaction { db in
            try await Self.insertKey(
                .generate(), purpose: .root, authorityId: nil, masterKey: masterKey, at: now, ignoreConflict: true,
                in: db)
            guard let pair = try await Self.currentRootKey(masterKey: masterKey, in: db) else {
                throw StoreCorruption.badValue("signing_keys", "no root key after insert")
            }
            return pair
        }
    }

    static func openCurrentKey(
        authorityId: Int64, masterKey: MasterKey, in db: any SQLDatabase
    ) async throws -> SigningKeyPair? {
        guard
            let row = try await db.raw(
                """
                SELECT kid, sealed_private_key FROM signing_keys
                WHERE authority_id = \(bind: authorityId) AND purpose = 'authority' AND status = 'current'
                """
            ).first()
        else { return nil }
        let kid = try row.string("kid")
        return SigningKeyPair(privateKey: try masterKey.open(try row.string("sealed_private_key"), keyId: kid))
    }

    private static func currentRootKey(masterKey: MasterKey, in db: any SQLDatabase) async throws -> SigningKeyPair? {
        guard
            let row = try await db.raw(
                "SELECT kid, sealed_private_key FROM signing_keys WHERE purpose = 'root' AND status = 'current'"
            ).first()
        else { return nil }
        let kid = try row.string("kid")
        return SigningKeyPair(privateKey: try masterKey.open(try row.string("sealed_private_key"), keyId: kid))
    }

    static func insertKey(
        _ pair: SigningKeyPair, purpose: KeyPurpose, authorityId: Int64?, masterKey: MasterKey, at now: String,
        ignoreConflict: Bool = false, in db: BusinessTransaction
    ) async throws {
        let sealed = try masterKey.seal(pair.privateKey, keyId: pair.kid)
        let conflict: SQLQueryString = ignoreConflict ? " ON CONFLICT DO NOTHING" : ""
        let inserted = try await db.raw(
            """
            INSERT INTO signing_keys (kid, purpose, authority_id, public_key, sealed_private_key, status, created_at)
            VALUES (\(bind: pair.kid), \(bind: purpose.rawValue), \(bind: authorityId), \(bind: pair.jwk.x),\
             \(bind: sealed),
            'current', \(bind: now))\(conflict) RETURNING kid
            """
        ).first()
        if inserted != nil { try await db.logKeyEvent("added", kid: pair.kid, at: now) }
    }

}

extension BusinessTransaction {
    /// The authority's current key, opened; made (and stored) in this transaction when it has none.
    func currentSigningKey(authorityId: Int64, at now: String) async throws -> SigningKeyPair {
        let masterKey = context.configuration.masterKey
        if let pair = try await KeyStore.openCurrentKey(authorityId: authorityId, masterKey: masterKey, in: self) {
            return pair
        }
        try await KeyStore.insertKey(
            .generate(), purpose: .authority, authorityId: authorityId, masterKey: masterKey, at: now,
            ignoreConflict: true, in: self)
        guard let pair = try await KeyStore.openCurrentKey(authorityId: authorityId, masterKey: masterKey, in: self)
        else {
            throw StoreCorruption.badValue("signing_keys", "no current key after insert")
        }
        return pair
    }

    /// Appends a key's change to the transparency log: which key, whose, what happened.
    func logKeyEvent(_ event: String, kid: String, at: String, effectiveAt: String? = nil) async throws {
        let db = self
        guard
            let row = try await db.raw(
                """
                SELECT k.purpose, a.participant_code FROM signing_keys k LEFT JOIN authorities a ON a.id =\
                 k.authority_id
                WHERE k.kid = \(bind: kid)
                """
            ).first()
        else { throw KPCSError.notFound(KeyMessage.keyUnknown(kid: kid)) }
        _ = try await appendToLog(
            LogEntry(
                event: "key.\(event)", at: at, keyId: kid, participant: try row.optionalString("participant_code"),
                keyPurpose: try row.string("purpose"), effectiveAt: effectiveAt))
    }
}

extension KeyStore {
    private static func keyRecord(_ kid: String, in db: any SQLDatabase) async throws -> SigningKeyRecord {
        guard let row = try await db.raw("\(SigningKeyRecord.selectSQL) WHERE k.kid = \(bind: kid)").first() else {
            throw KPCSError.notFound(KeyMessage.keyUnknown(kid: kid))
        }
        return try SigningKeyRecord(row: row)
    }
}
