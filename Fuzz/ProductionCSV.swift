// libFuzzer target: `ProductionCSV.parse`, the reader of production reports uploaded as CSV
// (`POST /api/v1/statistics/production`, text/csv), then the rules every parsed report goes through
// (`ProductionRules.validate`). Checks: nothing traps; a refusal is a KPCSError whose message renders in both
// languages; parsed quantities are never negative and miners' kinds are lowercased.
// fuzz-modules: KPCSCore
import KPCSCore

private let authority = Authority(id: 1, participantCode: "BW", memberState: nil, name: "Botswana KP authority", canExport: true, canImport: true)
private let today = CalendarDate(year: 2026, month: 11, day: 23)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines: [ProductionDraft.LineDraft]
    do {
        lines = try ProductionCSV.parse(text)
    } catch let error as KPCSError {
        render(error)
        return 0
    } catch {
        fatalError("ProductionCSV: parse threw \(type(of: error)), not a KPCSError: \(error)")
    }
    for line in lines {
        require((line.caratsX100 ?? 0) >= 0 && (line.valueUsdCents ?? 0) >= 0, "a negative quantity in \(line)")
        require(line.mining == line.mining?.lowercased(), "mining \(String(describing: line.mining)) not lowercased")
        require(line.hsCode.map { !$0.isEmpty } ?? true, "an empty HS code instead of none")
    }
    let draft = ProductionDraft(year: 2025, half: 2, lines: lines, reason: text.count % 2 == 0 ? nil : "corrected figures")
    do {
        let valid = try ProductionRules.validate(draft, authority: authority, today: today)
        require(valid.lines.count == lines.count, "validation kept \(valid.lines.count) of \(lines.count) lines")
        _ = (valid.caratsX100, valid.valueUsdCents)
    } catch let error as KPCSError {
        render(error)
    } catch {
        fatalError("ProductionCSV: validate threw \(type(of: error)), not a KPCSError: \(error)")
    }
    return 0
}

private func render(_ error: KPCSError) {
    for language in Language.allCases { _ = error.detail(in: language) }
    for violation in error.listedViolations { _ = violation.message.text(in: .fr) }
    _ = (error.code, error.description, error.unlistedViolationCount)
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("ProductionCSV: " + message()) }
}
