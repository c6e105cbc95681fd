import Foundation

/// The user's home folder as a shell sees it: the `HOME` variable when it is set and not empty, else the account's
/// entry in the system's user database (`NSHomeDirectory()`). So `HOME=/elsewhere kpcs verify` keeps its lists under
/// `/elsewhere`, as every other Unix tool would. The defaults of the command line's folders are made from it.
public enum HomeFolder {
    /// The home folder's path in this environment.
    public static func path(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// Where `kpcs verify` keeps root.jwk, trust-list.jws and void-list.jws when neither `--trust-dir` nor
    /// `KPCS_TRUST_DIR` is given: `~/.kpcs/trust`.
    public static func trustFolder(environment: [String: String]) -> String {
        (path(environment: environment) as NSString).appendingPathComponent(".kpcs/trust")
    }

    /// Where `kpcs log audit` and `kpcs log witness` keep the last checkpoint seen when `--state` is not given:
    /// `~/.kpcs/log`.
    public static func logStateFolder(environment: [String: String]) -> String {
        (path(environment: environment) as NSString).appendingPathComponent(".kpcs/log")
    }
}
