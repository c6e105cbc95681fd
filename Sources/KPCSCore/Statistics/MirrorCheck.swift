/// One group of a pair's certificates in one state, as the store counts them: how many, what was certified and,
/// for received ones, what the importer confirmed.
public struct MirrorCell: Sendable, Equatable {
    public var exporter: String
    public var importer: String
    public var state: CertificateState
    public var certified: TradeTotals
    public var receivedCaratsX100: Int64

    public init(
        exporter: String, importer: String, state: CertificateState, certified: TradeTotals, receivedCaratsX100: Int64
    ) {
        self.exporter = exporter
        self.importer = importer
        self.state = state
        self.certified = certified
        self.receivedCaratsX100 = receivedCaratsX100
    }
}

/// The mirror check of one exporter → importer pair over a period (certificates counted by their issue day): what
/// the exporter certified beside what the importer confirmed, with refused, still-unconfirmed and expired
/// certificates counted apart. Voided certificates are left out: nothing was shipped under them.
public struct MirrorPair: Sendable, Equatable {
    public var exporter: String
    public var importer: String
    /// Every certificate of the pair but voided ones.
    public var certified: TradeTotals
    /// The certified figures of the certificates the importer received (confirmed or with a discrepancy).
    public var received: TradeTotals
    /// What the importer confirmed for those: received carats.
    public var receivedCaratsX100: Int64
    public var refused: TradeTotals
    /// Still `issued`: neither confirmed, refused nor expired yet.
    public var unconfirmed: TradeTotals
    public var expired: TradeTotals

    /// Received carats minus the certified carats of the same certificates: negative when less arrived.
    public var receiptDifferenceCaratsX100: Int64 { receivedCaratsX100 - received.caratsX100 }

    /// Certified carats that the importer has not confirmed as received, for any reason.
    public var gapCaratsX100: Int64 { certified.caratsX100 - receivedCaratsX100 }

    /// Certified carats of certificates that should have arrived (neither refused nor still waiting) and did not:
    /// expired certificates and what confirmed ones lacked.
    public var shortfallCaratsX100: Int64 {
        certified.caratsX100 - unconfirmed.caratsX100 - refused.caratsX100 - receivedCaratsX100
    }

    /// The shortfall as a share of the carats that should have arrived.
    public var shortfallShare: Double {
        let due = certified.caratsX100 - unconfirmed.caratsX100 - refused.caratsX100
        return due > 0 ? Double(shortfallCaratsX100) / Double(due) : 0
    }

    /// Flagged when the shortfall exceeds `threshold` of the carats due, over at least `minimumCertificates`
    /// settled certificates. A refused shipment went back (the importer said so) and a certificate still waiting
    /// for its answer is not late yet: both are counted apart and left out of the flag.
    public func isFlagged(threshold: Double, minimumCertificates: Int64 = MirrorCheck.minimumCertificates) -> Bool {
        received.certificates + expired.certificates >= minimumCertificates && shortfallShare > threshold
    }
}

/// Builds the mirror pairs from the store's cells.
public enum MirrorCheck {
    /// The share of a pair's due carats that may go unreceived before the pair is flagged.
    public static let defaultThreshold = 0.1
    /// Fewer settled certificates than this say too little to flag a pair.
    public static let minimumCertificates: Int64 = 10

    public static func pairs(_ cells: [MirrorCell]) throws -> [MirrorPair] {
        var pairs: [String: MirrorPair] = [:]
        for cell in cells where cell.state != .voided {
            let key = cell.exporter + ">" + cell.importer
            var pair =
                pairs[key]
                ?? MirrorPair(
                    exporter: cell.exporter, importer: cell.importer, certified: TradeTotals(), received: TradeTotals(),
                    receivedCaratsX100: 0, refused: TradeTotals(), unconfirmed: TradeTotals(), expired: TradeTotals())
            pair.certified = try pair.certified.adding(cell.certified)
            switch cell.state {
            case .confirmed, .discrepancy:
                pair.received = try pair.received.adding(cell.certified)
                pair.receivedCaratsX100 = try ExactSum.add(pair.receivedCaratsX100, cell.receivedCaratsX100)
            case .refused: pair.refused = try pair.refused.adding(cell.certified)
            case .issued: pair.unconfirmed = try pair.unconfirmed.adding(cell.certified)
            case .expired: pair.expired = try pair.expired.adding(cell.certified)
            case .voided: break
            }
            pairs[key] = pair
        }
        return pairs.values.sorted { ($0.exporter, $0.importer) < ($1.exporter, $1.importer) }
    }
}
