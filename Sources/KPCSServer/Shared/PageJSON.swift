import KPCSCore
import KPCSStore

/// One page of a list, as every list operation answers it.
struct PageJSON<Item: Codable & Sendable>: Codable, Sendable {
    let items: [Item]
    let page: Int
    let perPage: Int
    let total: Int64

    init(_ result: PageResult<Item>) {
        items = result.items
        page = result.page
        perPage = result.perPage
        total = result.total
    }
}
