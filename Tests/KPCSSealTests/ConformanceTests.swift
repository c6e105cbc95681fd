import Foundation
import KPCSCore
import KPCSSeal
import Testing

/// Runs the conformance samples of `docs/conformance/` through the verifier, exactly as another verifier would
/// read them: the root key, the signed lists and each `KP1:` text from the files. `KPCS_WRITE_CONFORMANCE=1`
/// writes the samples again from ``SealWorld`` first (they come out byte for byte the same).
@Suite struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/conformance")

    @Test func theSamplesInDocsGiveTheirVerdicts() throws {
        if ProcessInfo.processInfo.environment["KPCS_WRITE_CONFORMANCE"] == "1" { try Self.write(SealWorld()) }
        let root = try #require(
            Ed25519JWK(
                members: try JSONParser.parse(Data(contentsOf: Self.folder.appendingPathComponent("root.jwk")))
                    .objectValue ?? [:]))
        let trustList = try TrustList(
            signed: try String(contentsOf: Self.folder.appendingPathComponent("trust-list.jws"), encoding: .utf8),
            root: root)
        let voidList = try VoidList(
            signed: try String(contentsOf: Self.folder.appendingPathComponent("void-list.jws"), encoding: .utf8),
            root: root)
        let verifier = SealVerifier(trustList: trustList, voidList: voidList)
        let index = try JSONParser.parse(Data(contentsOf: Self.folder.appendingPathComponent("cases.json")))
        let cases = try #require(index["cases"]?.arrayValue)
        #expect(cases.count == SealWorld().cases().count)
        for entry in cases {
            let name = try #require(entry["name"]?.stringValue)
            let expected = try #require(entry["verdict"]?.stringValue.flatMap(SealVerdict.init(rawValue:)))
            let at = try #require(entry["verifyAt"]?.stringValue.flatMap(Timestamp.date))
            let text = try String(contentsOf: Self.folder.appendingPathComponent("seals/\(name).txt"), encoding: .utf8)
            #expect(verifier.verify(text, at: at).verdict == expected, "\(name)")
        }
    }

    static func write(_ world: SealWorld) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder.appendingPathComponent("seals"), withIntermediateDirectories: true)
        func save(_ text: String, _ name: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        var rootMembers = world.root.jwk.members
        rootMembers["kid"] = .string(world.root.kid)
        try save(CanonicalJSON.string(.object(rootMembers)) + "\n", "root.jwk")
        try save(
            try world.trustList.signed(rootKeyId: world.root.kid, rootKey: world.root.privateKey), "trust-list.jws")
        try save(try world.voidList.signed(rootKeyId: world.root.kid, rootKey: world.root.privateKey), "void-list.jws")
        try save(CanonicalJSON.string(world.trustList.jwks) + "\n", "trust-list.jwks")
        var entries: [JSONValue] = []
        for sample in world.cases() {
            try save(sample.text, "seals/\(sample.name).txt")
            entries.append(
                .object([
                    "name": .string(sample.name), "about": .string(sample.about),
                    "verdict": .string(sample.verdict.rawValue),
                    "verifyAt": .string(Timestamp.string(Date(timeIntervalSince1970: TimeInterval(sample.at)))),
                ]))
        }
        let lines = entries.map { "  " + CanonicalJSON.string($0) }.joined(separator: ",\n")
        try save("{\"cases\": [\n\(lines)\n]}\n", "cases.json")
    }
}
