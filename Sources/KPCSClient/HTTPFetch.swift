import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Small HTTP helpers for the command-line clients (sync, audit, witness): GET that tells 404 apart, and POST.
public enum HTTPFetch {
    /// The body of `url`, nil on 404; any other status or a network failure is an error in words.
    public static func get(_ url: URL, limit: Int = 64 * 1024 * 1024) async throws -> Data? {
        let (data, response): (Data, URLResponse)
        do { (data, response) = try await URLSession.shared.data(from: url) } catch {
            throw TrustSyncError("Cannot fetch \(url): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        if status == 404 { return nil }
        guard status == 200 else { throw TrustSyncError("\(url) answered \(status), not 200.") }
        guard data.count <= limit else { throw TrustSyncError("\(url) is larger than \(limit) bytes.") }
        return data
    }

    /// POSTs `body` as text and returns the status and the answer.
    public static func post(_ url: URL, text body: String) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("text/plain; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        } catch {
            throw TrustSyncError("Cannot post to \(url): \(error.localizedDescription)")
        }
    }
}
