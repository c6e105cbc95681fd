import Foundation
import KPCSCore
import KPCSSeal

/// Settings of the store: validity policy, password hashing, tokens and lockout, the clock.
public struct StoreConfiguration: Sendable {
    public var validity: ValidityPolicy
    /// bcrypt cost factor (work = 2^cost). 12 in production; tests may lower it.
    public var bcryptCost: UInt8
    /// How long an access token lives.
    public var tokenLifetime: TimeInterval
    /// Login attempts without a success before a username is locked (``LoginLockout``).
    public var maximumFailedLogins: Int
    /// How long a locked username stays locked.
    public var lockoutDuration: TimeInterval
    /// The clock; tests move it.
    public var now: @Sendable () -> Date
    /// Test seam: called at named points of an issue; throwing there aborts the transaction.
    public var faultInjector: (@Sendable (IssueStep) throws -> Void)?
    /// Encrypts the private signing keys at rest. The server loads it from the operator's file or environment.
    public var masterKey: MasterKey
    /// How long a signed trust list or void list stays fresh for an offline verifier.
    public var listLifetime: TimeInterval
    /// The transparency log's origin line and checkpoint key name: a schema-less URL, e.g. `kpcs.example.org/log`.
    public var logOrigin: String
    /// The origin a log gets when `KPCS_LOG_ORIGIN` is not set.
    public static let defaultLogOrigin = "kpcs.local/log"
    /// The witnesses (C2SP verifier keys of type 0x04) whose cosignatures the log accepts and publishes.
    public var logWitnesses: [NoteVerifierKey]
    /// The supports a decision needs besides no objection (``DecisionTally/quorum``), kept on each decision when
    /// it is opened.
    public var decisionQuorum: Int
    /// The shortest time a written procedure leaves the participants to answer.
    public var writtenProcedureNotice: TimeInterval
    /// Test seam: called at named points of a decision's closing; throwing there aborts its transaction.
    public var closingFault: (@Sendable (ClosingStep) throws -> Void)?
    /// Whether notifications are also sent by e-mail (`KPCS_SMTP_URL` is set): each one written for an account with
    /// an address then writes its e-mail to the outbox in the same transaction.
    public var mailDelivery: Bool
    /// The day of the following year a participant's annual report is due (`KPCS_ANNUAL_REPORT_DUE`).
    public var annualReportDue: AnnualReportDue
    /// The definition of conflict diamonds the deployment applies (`KPCS_CONFLICT_DEFINITION`).
    public var conflictDefinition: ConflictDefinition

    public init(
        validity: ValidityPolicy = ValidityPolicy(defaultDays: 90, maximumDays: 365), bcryptCost: UInt8 = 12,
        tokenLifetime: TimeInterval = 12 * 3600, maximumFailedLogins: Int = 5, lockoutDuration: TimeInterval = 15 * 60,
        now: @escaping @Sendable () -> Date = { Date() }, faultInjector: (@Sendable (IssueStep) throws -> Void)? = nil,
        masterKey: MasterKey = MasterKey(), listLifetime: TimeInterval = 72 * 3600,
        logOrigin: String = StoreConfiguration.defaultLogOrigin,
        logWitnesses: [NoteVerifierKey] = [], decisionQuorum: Int = 1, writtenProcedureNotice: TimeInterval = 86_400,
        closingFault: (@Sendable (ClosingStep) throws -> Void)? = nil, mailDelivery: Bool = false,
        annualReportDue: AnnualReportDue = .standard, conflictDefinition: ConflictDefinition = .kp2003
    ) {
        self.conflictDefinition = conflictDefinition
        self.annualReportDue = annualReportDue
        self.mailDelivery = mailDelivery
        self.decisionQuorum = decisionQuorum
        self.writtenProcedureNotice = writtenProcedureNotice
        self.closingFault = closingFault
        self.logWitnesses = logWitnesses
        self.logOrigin = logOrigin
        self.masterKey = masterKey
        self.listLifetime = listLifetime
        self.validity = validity
        self.bcryptCost = bcryptCost
        self.tokenLifetime = tokenLifetime
        self.maximumFailedLogins = maximumFailedLogins
        self.lockoutDuration = lockoutDuration
        self.now = now
        self.faultInjector = faultInjector
    }
}

/// The points inside an issue transaction where a test can inject a failure.
public enum IssueStep: String, Sendable, CaseIterable {
    case numberAllocated, sealed, certificateInserted, linesInserted, eventInserted
}

/// The points inside a decision's closing where a test can inject a failure.
public enum ClosingStep: String, Sendable, CaseIterable {
    case claimed, effectApplied, outcomeWritten
}
