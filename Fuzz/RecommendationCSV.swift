// libFuzzer target: `RecommendationCSV.parse` (and `CSVRecords`, the RFC 4180 reader under it), the reader of
// recommendations imported as CSV (`POST /api/v1/peer-reviews/{id}/recommendations`, text/csv), then the rules every
// parsed row goes through (`RecommendationRules.validate`). Checks: nothing traps; a refusal is a KPCSError whose
// message renders in both languages; no more rows than the bound; what the export writes reads back field for field.
// fuzz-modules: KPCSCore
import Foundation
import KPCSCore

private let owners: Set<String> = ["CF", "WGM"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let rows = try RecommendationCSV.parse(text)
        require(rows.drafts.count + rows.numbered.count <= RecommendationRules.maximumPerReview, "too many rows read")
        for (_, draft) in rows.drafts {
            do { _ = try RecommendationRules.validate(draft, owners: owners) } catch let error as KPCSError {
                render(error)
            }
        }
    } catch let error as KPCSError {
        render(error)
    } catch {
        fatalError("RecommendationCSV: parse threw \(type(of: error)), not a KPCSError: \(error)")
    }
    // Any text written as one field of a record reads back as that field.
    let fields = [text, "x", ""]
    let records = try? CSVRecords.parse(
        CSVRecords.record(fields), maximumRecords: 10, maximumFields: 10, maximumFieldLength: 1 << 20)
    require(records == [fields], "the record of \(text.debugDescription) did not read back")
    return 0
}

private func render(_ error: KPCSError) {
    for language in Language.allCases { _ = error.detail(in: language) }
    for violation in error.listedViolations { _ = violation.message.text(in: .fr) }
    _ = (error.code, error.description, error.unlistedViolationCount)
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("RecommendationCSV: " + message()) }
}
