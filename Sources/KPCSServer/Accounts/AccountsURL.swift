/// The accounts feature's addresses: logging in and out, the administrator's account pages, the API.
enum AccountsURL: SiteURL {
    case login, logout
    case adminAccounts
    case adminAccountDisabled(Parameter)
    case adminAccountPassword(Parameter)
    case adminAccountProfile(Parameter)
    case adminAccountEmail(Parameter)
    case apiToken, apiMe, apiAccounts
    case apiAccountDisabled(Parameter)
    case apiAccountBody(Parameter)
    case apiAccountPassword(Parameter)
    case apiAccountProfile(Parameter)
    case apiAccountEmail(Parameter)

    var segments: [PathSegment] {
        switch self {
        case .login: ["login"]
        case .logout: ["logout"]
        case .adminAccounts: ["admin", "accounts"]
        case .adminAccountDisabled(let username): ["admin", "accounts", .parameter("username", username), "disabled"]
        case .adminAccountPassword(let username): ["admin", "accounts", .parameter("username", username), "password"]
        case .adminAccountProfile(let username): ["admin", "accounts", .parameter("username", username), "profile"]
        case .adminAccountEmail(let username): ["admin", "accounts", .parameter("username", username), "email"]
        case .apiToken: PathSegment.api + ["auth", "token"]
        case .apiMe: PathSegment.api + ["me"]
        case .apiAccounts: PathSegment.api + ["accounts"]
        case .apiAccountDisabled(let username):
            PathSegment.api + ["accounts", .parameter("username", username), "disabled"]
        case .apiAccountBody(let username): PathSegment.api + ["accounts", .parameter("username", username), "body"]
        case .apiAccountPassword(let username):
            PathSegment.api + ["accounts", .parameter("username", username), "password"]
        case .apiAccountProfile(let username):
            PathSegment.api + ["accounts", .parameter("username", username), "profile"]
        case .apiAccountEmail(let username): PathSegment.api + ["accounts", .parameter("username", username), "email"]
        }
    }
}
