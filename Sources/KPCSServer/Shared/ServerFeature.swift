import KPCSStore

/// One capability's part of the server: the operations (JSON API and pages) its folder holds. The route table is
/// the list of features, ``serverFeatures``; a new capability adds its feature there.
protocol ServerFeature {
    static func operations(_ store: Store) -> [Operation]
}

/// Every feature of the server, in the order their operations are registered.
var serverFeatures: [any ServerFeature.Type] {
    [
        MetaFeature.self, AccountsFeature.self, RegistryFeature.self, CertificatesFeature.self, KeysFeature.self,
        LogFeature.self, StatisticsFeature.self, VerificationFeature.self, GovernanceFeature.self,
        NotificationsFeature.self, MonitoringFeature.self,
    ]
}

/// Health and the API's contract.
enum MetaFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] { MetaAPI.operations(store) }
}
