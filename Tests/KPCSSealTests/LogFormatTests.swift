import Crypto
import Foundation
import KPCSSeal
import Testing

/// Signed notes, checkpoints and tile paths against the published examples: golang.org/x/mod/sumdb/note's
/// PeterNeumann note, and c2sp.org/tlog-tiles' own examples.
@Suite struct LogFormatTests {
    static let peterKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let peterText =
        "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let peterNote =
        peterText
        + """
            \n— PeterNeumann\
             x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n
            """

    @Test func theGoSumdbNoteVerifiesAndReSignsTheSame() throws {
        let key = try #require(NoteVerifierKey(verifierKey: Self.peterKey))
        #expect(key.name == "PeterNeumann" && key.keyID == 0xc74f_20a3 && key.verifierKey == Self.peterKey)
        let note = try SignedNote(parsing: Self.peterNote)
        #expect(note.text == Self.peterText && note.serialized == Self.peterNote)
        try key.verify(note)
        #expect(throws: NoteError.self) {
            try key.verify(
                SignedNote(parsing: Self.peterNote.replacingOccurrences(of: "cryptography", with: "cryptograph")))
        }
        #expect(
            NoteVerifierKey(verifierKey: "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") == nil,
            "wrong hash")
        // transparency-dev/formats' test key, whose base64 holds a "+".
        #expect(
            NoteVerifierKey(verifierKey: "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6")?.name == "TEST")
        // The signer key of that test: PRIVATE+KEY+PeterNeumann+c74f20a3+ base64(0x01 ‖ seed).
        let seed = try #require(Data(base64Encoded: "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")).dropFirst()
        let signed = try NoteVerifierKey.sign(
            Self.peterText, name: "PeterNeumann", key: try Curve25519.Signing.PrivateKey(rawRepresentation: seed))
        try key.verify(signed)
        #if os(Linux)
            #expect(signed.serialized == Self.peterNote, "Ed25519 is deterministic on BoringSSL")
        #endif
    }

    @Test func malformedNotesAreRefused() {
        for text in [
            "", "no signature\n", Self.peterText + "\n— PeterNeumann notbase64!\n",
            Self.peterText + "\n- PeterNeumann AAAAAAAA\n",
            Self.peterText
                + """
                    \n— PeterNeumann\
                     x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=
                    """,
            "a\u{07}b\n\n— k AAAAAAAA\n",
        ] {
            #expect(throws: NoteError.self, "\(text)") { try SignedNote(parsing: text) }
        }
    }

    @Test func aCheckpointRoundTripsAndNeedsItsOrigin() throws {
        let key = Curve25519.Signing.PrivateKey()
        let checkpoint = Checkpoint(origin: "kpcs.example/log", size: 70_000, rootHash: Merkle.leafHash([1]))
        let note = try NoteVerifierKey.sign(checkpoint.text, name: "kpcs.example/log", key: key)
        let verifier = NoteVerifierKey(name: "kpcs.example/log", publicKey: Array(key.publicKey.rawRepresentation))
        #expect(try Checkpoint.open(note.serialized, key: verifier).checkpoint == checkpoint)
        #expect(NoteVerifierKey(verifierKey: verifier.verifierKey) == verifier)
        let other = NoteVerifierKey(
            name: "kpcs.example/log", publicKey: Array(Curve25519.Signing.PrivateKey().publicKey.rawRepresentation))
        #expect(throws: NoteError.self) { try Checkpoint.open(note.serialized, key: other) }
        #expect(throws: NoteError.self) { try Checkpoint(text: "origin\n007\nAAAA\n") }
    }

    @Test func tilePathsFollowTheSpec() throws {
        #expect(TilePath(level: 0, index: 1_234_067, width: 256).path == "tile/0/x001/x234/067")
        #expect(TilePath(level: 1, index: 5, width: 17).path == "tile/1/005.p/17")
        #expect(TilePath(level: nil, index: 0, width: 256).path == "tile/entries/000")
        #expect(TilePath(path: "0/x001/x234/067") == TilePath(level: 0, index: 1_234_067, width: 256))
        #expect(TilePath(path: "entries/x001/002.p/3") == TilePath(level: nil, index: 1002, width: 3))
        // A log has fewer than 2^63 leaves, so no tile index reaches 2^55: larger ones are not tile paths at all, and
        // every tile's range is computed without overflow (the tester's path ended the server with a trap).
        #expect(TilePath(path: "entries/x072/x057/x594/x037/x927/935") == nil)
        #expect(TilePath(path: "0/x072/x057/x594/x037/x927/935") == nil)
        #expect(TilePath(path: "0/x036/x028/x797/x018/x963/968") == nil, "2^55")
        let largest = try #require(TilePath(path: "0/x036/x028/x797/x018/x963/967"), "2^55 - 1")
        #expect(largest.index == TilePath.maximumIndex && largest.range.upperBound == UInt64(1) << 63)
        #expect(TilePath(level: nil, index: .max, width: 256).range.isEmpty)
        for bad in [
            "0/1234067", "0/001/234", "64/000", "00/000", "0/000.p/0", "0/000.p/256", "0/000.p/007", "0/x000/001",
            "entries", "0/abc",
        ] {
            #expect(TilePath(path: bad) == nil, "\(bad)")
        }
        // c2sp.org/tlog-tiles: a tree of 70,000 has 273 full level-0 tiles and one of width 112, one full level-1
        // tile and one of width 17, and a level-2 tile of width 1; a tree of 256, one full level 0 and a level 1 of
        // width 1.
        let level0 = TilePath.tiles(level: 0, treeSize: 70_000)
        #expect(level0.count == 274 && level0.filter { !$0.isPartial }.count == 273 && level0.last?.width == 112)
        #expect(TilePath.tiles(level: 1, treeSize: 70_000).map(\.width) == [256, 17])
        #expect(TilePath.tiles(level: 2, treeSize: 70_000).map(\.width) == [1])
        #expect(TilePath.tiles(level: 1, treeSize: 256).map(\.width) == [1])
        #expect(TilePath.tiles(level: 2, treeSize: 256).isEmpty)
    }
}
