// libFuzzer target: the decimals and dates people type into forms: `Quantity.hundredths` (carats and US dollars,
// English and French), `ProductionCSV.hundredths` (the CSV's decimals) and `CalendarDate(iso:)`.
// Checks: nothing traps; amounts are never negative; what `editable` and `carats` write for an amount reads back as
// that amount; the CSV reader and the English form reader agree wherever both read plain `digits[.dd]`; an
// accepted date is written back exactly as typed and survives its day number.
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    for language in Language.allCases {
        guard let amount = Quantity.hundredths(text, language) else { continue }
        require(amount >= 0, "\(text.debugDescription) reads as \(amount) in \(language)")
        for written in [Quantity.editable(amount, language), Quantity.carats(amount, language), Quantity.dollars(amount, language)] {
            let again = Quantity.hundredths(written, language)
            require(again == amount, "\(written.debugDescription), written for \(amount), reads back as \(String(describing: again)) in \(language)")
        }
        _ = (Quantity.usd(amount, language), Quantity.whole(amount, language))
    }

    let csv = ProductionCSV.hundredths(text)
    if let csv { require(csv >= 0, "ProductionCSV reads \(text.debugDescription) as \(csv)") }
    let plain = text.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "," }
    let wholeDigits = text.split(separator: ".", omittingEmptySubsequences: false)[0].count
    if plain && wholeDigits <= 15 {
        let form = Quantity.hundredths(text, .en)
        require(form == csv, "\(text.debugDescription): the CSV reads \(String(describing: csv)), the form \(String(describing: form))")
    }

    if let date = CalendarDate(iso: text) {
        require(date.description == text, "\(text.debugDescription) is written back as \(date.description)")
        require(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date, "\(date) does not survive its day number")
        require(date.adding(days: 1) > date && date.days(until: date.adding(days: 1)) == 1, "\(date) + 1 day")
    }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("Quantity: " + message()) }
}
