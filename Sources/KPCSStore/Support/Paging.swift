import KPCSCore

/// Which page of a list to return: 1-based `page`, `perPage` items (1 to 200, default 50).
public struct PageRequest: Sendable, Equatable {
    public static let maximumPerPage = 200
    public let page: Int
    public let perPage: Int

    /// Checks the values and names the parameter at fault.
    public init(page: Int? = nil, perPage: Int? = nil) throws {
        let page = page ?? 1
        let perPage = perPage ?? 50
        guard page >= 1, page <= 1_000_000 else {
            throw KPCSError.invalid(
                RequestMessage.pageInvalid(field: "page", minimum: "1", maximum: "1000000"), pointer: "/page")
        }
        guard (1...Self.maximumPerPage).contains(perPage) else {
            throw KPCSError.invalid(
                RequestMessage.pageInvalid(field: "perPage", minimum: "1", maximum: String(Self.maximumPerPage)),
                pointer: "/perPage")
        }
        self.page = page
        self.perPage = perPage
    }

    var offset: Int { (page - 1) * perPage }
}

/// One page of a list, with the total count so a client knows how many pages there are.
public struct PageResult<Item: Sendable>: Sendable {
    public let items: [Item]
    public let page: Int
    public let perPage: Int
    public let total: Int64

    init(items: [Item], page: PageRequest, total: Int64) {
        self.items = items
        self.page = page.page
        self.perPage = page.perPage
        self.total = total
    }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> PageResult<T> {
        PageResult<T>(items: try items.map(transform), page: page, perPage: perPage, total: total)
    }

    init(items: [Item], page: Int, perPage: Int, total: Int64) {
        self.items = items
        self.page = page
        self.perPage = perPage
        self.total = total
    }
}
