import KPCSCore

/// The certificate page's differences table and history: what was certified against what was received, with the
/// difference, and each event in words in the page's language (``EventText``).
extension CertificatePages {
    /// The lines received with other quantities than certified: certified, received and the difference (received
    /// minus certified, signed) for carats and for parcels. Nothing when every line matched.
    static func differencesTable(_ differences: [LineDifference], chrome: WebChrome) -> HTML {
        guard !differences.isEmpty else { return .empty }
        let language = chrome.language
        var html: HTML = """
            <table id="differences"><caption>\(chrome.t(CertificateText.differencesTitle))</caption><thead><tr><th\
             scope="col">\(chrome.t(CertificateLabel.hsCode))</th>
            <th scope="col">\(chrome.t(CertificateText.certifiedCarats))</th><th\
             scope="col">\(chrome.t(CertificateText.receivedCarats))</th><th\
             scope="col">\(chrome.t(CertificateText.caratsDifference))</th>
            <th scope="col">\(chrome.t(CertificateText.certifiedParcels))</th><th\
             scope="col">\(chrome.t(CertificateText.receivedParcels))</th><th\
             scope="col">\(chrome.t(CertificateText.parcelsDifference))</th></tr></thead><tbody>
            """
        for difference in differences {
            let cells: [String] = [
                Quantity.carats(difference.certifiedCaratsX100, language),
                Quantity.carats(difference.receivedCaratsX100, language),
                EventText.signedCarats(difference.caratsX100Delta, language),
                Quantity.whole(difference.certifiedParcels, language),
                Quantity.whole(difference.receivedParcels, language),
                EventText.signedWhole(difference.parcelsDelta, language),
            ]
            html += "<tr><td>\(difference.hsCode.rawValue)</td>"
            html += cells.map(WebFormat.numberCell).joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// The certificate's events, oldest first: when, the event's name, who, what it changed in words, its leaf in
    /// the public log. Each row carries the event type in `data-event`.
    static func eventsTable(_ events: [CertificateEvent], certificate: Certificate, chrome: WebChrome) -> HTML {
        let language = chrome.language
        var html: HTML = """
            <h2>\(chrome.t(CertificateText.historyTitle))</h2><table id="events"><thead><tr><th\
             scope="col">\(chrome.t(CertificateText.when))</th>
            <th scope="col">\(chrome.t(CertificateText.event))</th><th\
             scope="col">\(chrome.t(CertificateText.actor))</th><th scope="col">\(chrome.t(CertificateText.detail))</th>
            <th scope="col">\(chrome.t(CertificateText.logLeaf))</th></tr></thead><tbody>
            """
        for event in events {
            html +=
                """
                <tr data-event="\(event.type.rawValue)"><td>\(WebFormat.instant(event.at, language))</td><td>\
                \(EventText.name(event.type, language))</td>
                """
            html += "<td>\(EventText.actorName(event, language))</td>"
            html += "<td>\(EventText.detail(event, of: certificate, language))</td>"
            html += "<td>\(event.leafIndex.map(String.init) ?? "")</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
