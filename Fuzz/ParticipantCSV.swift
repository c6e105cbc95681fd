// libFuzzer target: `ParticipantCSV.parse`, the reader of the participant registry CSV (the bundled file, and any
// replacement an operator loads). Checks: nothing traps; a refusal is a KPCSError whose message renders; every
// participant read has an assigned ISO 3166 code (or EU).
// fuzz-modules: KPCSCore
import KPCSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        for participant in try ParticipantCSV.parse(text) {
            if !(ISO3166.isAssigned(participant.code) || participant.code == "EU") {
                fatalError("ParticipantCSV: read unassigned code \(participant.code.debugDescription)")
            }
        }
    } catch let error as KPCSError {
        for language in Language.allCases { _ = error.detail(in: language) }
    } catch {
        fatalError("ParticipantCSV: parse threw \(type(of: error)), not a KPCSError: \(error)")
    }
    return 0
}
