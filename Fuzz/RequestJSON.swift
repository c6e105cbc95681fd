// libFuzzer target: kpcs's strict JSON reader, over raw bytes. `JSONParser.checkRequestBody` guards every JSON
// request body; `JSONParser.parse` reads signed documents (seals, trust and void lists, proof bundles).
// Checks: neither traps; whatever `parse` accepts `checkRequestBody` accepts too (it is the looser of the two);
// an error's offset lies within the input; and a parsed value written as canonical JSON reads back as the same value
// and writes the same bytes again (what a signature over canonical JSON relies on).
// fuzz-modules: KPCSCore KPCSSealBase
import KPCSSeal

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    var requestBodyAccepted = true
    do {
        try JSONParser.checkRequestBody(bytes)
    } catch {
        requestBodyAccepted = false
        require((0...size).contains(error.offset), "checkRequestBody's error offset \(error.offset) outside 0…\(size)")
        _ = error.description
    }
    // Through a slice too: the server hands the parser a byte view, not an array.
    let sliceAccepted = (try? JSONParser.checkRequestBody(bytes[...])) != nil
    require(sliceAccepted == requestBodyAccepted, "checkRequestBody differs between an array and a slice")

    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes)
    } catch {
        require((0...size).contains(error.offset), "parse's error offset \(error.offset) outside 0…\(size)")
        _ = error.description
        return 0
    }
    require(requestBodyAccepted, "parse accepts what checkRequestBody refuses")

    let canonical = CanonicalJSON.encode(value)
    let reread: JSONValue
    do {
        reread = try JSONParser.parse(canonical)
    } catch {
        fatalError("RequestJSON: canonical JSON \(String(decoding: canonical, as: UTF8.self).debugDescription) does not parse: \(error)")
    }
    require(reread == value, "canonical JSON reads back as another value")
    require(CanonicalJSON.encode(reread) == canonical, "canonical JSON is not stable")
    require(CanonicalJSON.string(value).utf8.elementsEqual(canonical), "CanonicalJSON.string differs from encode")
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("RequestJSON: " + message()) }
}
