import Foundation

/// A path parameter: `.key` where a route declares it, `.value` where a link fills it in.
enum Parameter: Sendable, Equatable {
    case key
    case value(String)
}

/// One segment of a path: a fixed word, or a named parameter.
enum PathSegment: Sendable, Equatable, ExpressibleByStringLiteral {
    case fixed(String)
    case parameter(String, Parameter)
    /// The last segment, taking the rest of the path with its slashes (a tlog tile path).
    case rest(String, Parameter)

    init(stringLiteral value: String) { self = .fixed(value) }

    /// `/api/v1`, where every JSON operation lives.
    static let api: [PathSegment] = ["api", "v1"]
}

/// One address of the site. Every feature lists its addresses as one enum; routes are registered from them and
/// every link, form action, redirect and `Location` header is written from them, so a path is spelt once.
protocol SiteURL: Sendable {
    var segments: [PathSegment] { get }
}

extension SiteURL {
    /// The path as routes and the OpenAPI document write it: `/api/v1/certificates/{number}`.
    var route: String { written(valuesToo: false) }

    /// The address a link uses, each parameter's value percent-encoded (a route's `.key` is written `{name}`).
    var path: String { written(valuesToo: true) }

    private func written(valuesToo: Bool) -> String {
        "/"
            + segments.map { segment -> String in
                switch segment {
                case .fixed(let word): return word
                case .parameter(let name, let parameter), .rest(let name, let parameter):
                    guard valuesToo, case .value(let value) = parameter else { return "{\(name)}" }
                    guard case .rest = segment else { return value.addingPercentEncodingForQuery() }
                    return value.split(separator: "/", omittingEmptySubsequences: false)
                        .map { String($0).addingPercentEncodingForQuery() }.joined(separator: "/")
                }
            }.joined(separator: "/")
    }

    /// The address with a query; empty values are left out.
    func path(query: [(String, String)]) -> String {
        let pairs = query.filter { !$0.1.isEmpty }
        guard !pairs.isEmpty else { return path }
        return path + "?" + queryString(pairs)
    }
}

/// `name=value&…`, each value percent-encoded.
func queryString(_ pairs: [(String, String)]) -> String {
    pairs.map { "\($0.0)=\($0.1.addingPercentEncodingForQuery())" }.joined(separator: "&")
}

extension SiteURL {
    /// Whether the last parameter takes the rest of the path.
    var isCatchAll: Bool {
        if case .rest = segments.last { return true }
        return false
    }
}

extension HTML.Interpolation {
    /// A site address in an `href` or `action`, escaped like any other value.
    mutating func appendInterpolation(_ url: some SiteURL) { appendInterpolation(url.path) }
}

extension String {
    /// Percent-encodes a query value or a path segment (everything but unreserved characters).
    func addingPercentEncodingForQuery() -> String {
        var output = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(Character(Unicode.Scalar(byte)))
            default: output += String(format: "%%%02X", byte)
            }
        }
        return output
    }
}
