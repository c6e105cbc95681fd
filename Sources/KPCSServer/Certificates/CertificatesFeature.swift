import KPCSStore

/// The certificate's life: the API, the dashboard, the list, the form and each certificate's page.
enum CertificatesFeature: ServerFeature {
    static func operations(_ store: Store) -> [Operation] {
        CertificateAPI.operations(store) + DashboardPage.operations(store) + CertificatePages.operations(store)
            + CertificateFormPages.operations(store)
    }
}
