import Crypto
import Foundation
import KPCSCore
import KPCSSeal
import KPCSStore
import KPCSTestSupport
import Testing

/// The documents of meetings, bodies and applications, on both engines: added by whoever records the owner, each
/// version checked (a PDF, or UTF-8 text), stored with its SHA-256 and served byte for byte; non-public ones for the
/// deliberation only.
@Suite struct MeetingDocumentTests {
    @Test(arguments: TestEngine.all)
    func aDocumentsVersionsAreCheckedStoredAndServedAsSent(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now).description
            let meeting = try await store.governance.recordMeeting(
                MeetingDraft(
                    kind: "intersessional", titleEn: "Intersessional", titleFr: "Intersessions", startsOn: today,
                    endsOn: today, format: "online"),
                by: g.bwDelegate)
            let draft = DocumentDraft(titleEn: "Agenda", titleFr: "Ordre du jour")
            await #expect(throws: KPCSError.self) {
                try await store.governance.addDocument(to: .meeting(meeting.id), draft, by: g.euDelegate)
            }
            let agenda = try await store.governance.addDocument(to: .meeting(meeting.id), draft, by: g.bwDelegate)
            let pdf = Array("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            let french = Array("Ordre du jour : ouverture, rapports, décisions.".utf8)
            let refused: [(String, [UInt8], DocumentMessage.Code)] = [
                ("application/pdf", Array("not a pdf".utf8), .notAPDF), ("image/png", pdf, .formatUnsupported),
                ("text/plain", [0x41, 0xFF, 0x42], .notUTF8Text), ("text/plain", [0x41, 0x00], .notUTF8Text),
                ("text/plain", [], .versionEmpty),
            ]
            for (type, bytes, code) in refused {
                do {
                    _ = try await store.governance.putVersion(
                        of: agenda.id, language: .en, mediaType: type, bytes: bytes, by: g.bwDelegate)
                    Issue.record("\(type) \(bytes.count) bytes stored")
                } catch let error as KPCSError {
                    #expect(error.message.has(code), "\(type): \(error.message.text(in: .en))")
                }
            }
            await #expect(throws: KPCSError.self) {
                try await store.governance.putVersion(
                    of: agenda.id, language: .en, mediaType: "application/pdf", bytes: pdf, by: g.euDelegate)
            }
            _ = try await store.governance.putVersion(
                of: agenda.id, language: .en, mediaType: "application/pdf", bytes: pdf, by: g.bwDelegate)
            let both = try await store.governance.putVersion(
                of: agenda.id, language: .fr, mediaType: "text/plain", bytes: french, by: g.world.admin)
            #expect(both.versions.map(\.language) == [.en, .fr] && both.versions.map(\.format) == [.pdf, .text])
            let served = try await store.governance.documentContent(agenda.id, language: .fr, for: nil)
            #expect(served.bytes == french && served.format == .text)
            #expect(served.sha256 == Hex.encode(Array(SHA256.hash(data: french))))
            #expect(try await store.governance.documentContent(agenda.id, language: .en, for: nil).bytes == pdf)

            // A document for the deliberation: not listed nor served to the public, and no leaf.
            let leaves = try await store.log.entries(from: 0, limit: 1000).count
            let notes = try await store.governance.addDocument(
                to: .meeting(meeting.id), DocumentDraft(titleEn: "Chair's notes", titleFr: "Notes", public: false),
                by: g.bwDelegate)
            _ = try await store.governance.putVersion(
                of: notes.id, language: .en, mediaType: "text/plain", bytes: Array("Notes".utf8), by: g.bwDelegate)
            #expect(try await store.log.entries(from: 0, limit: 1000).count == leaves)
            #expect(try await store.governance.documents(of: .meeting(meeting.id), for: nil).map(\.id) == [agenda.id])
            #expect(try await store.governance.documents(of: .meeting(meeting.id), for: g.wdcObserver).count == 2)
            await #expect(throws: KPCSError.self) {
                try await store.governance.documentContent(notes.id, language: .en, for: nil)
            }
            #expect(
                try await store.governance.documentContent(notes.id, language: .en, for: g.wdcObserver).bytes.count == 5
            )

            let entries = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            .filter { $0.contains("\"event\":\"document.version\"") }
            #expect(entries.count == 2 && entries[1].contains(served.sha256))
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func aBodysAndAnApplicationsDocumentsAreAddedByWhoRecordsThem(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let year = CalendarDate(utcDayOf: clock.now).year
            _ = try await store.governance.addSeat(
                to: "WGS",
                SeatDraft(holderKind: "participant", code: "EU", role: "vice-chair", startsOn: "\(year)-01-01"),
                by: g.world.admin)
            let draft = DocumentDraft(titleEn: "Statistics review", titleFr: "Examen des statistiques")
            for who in [g.aeDelegate, g.world.bwOfficer, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.addDocument(to: .body("WGS"), draft, by: who)
                }
            }
            await #expect(throws: KPCSError.self, "an unknown body") {
                try await store.governance.addDocument(to: .body("NOPE"), draft, by: g.world.admin)
            }
            #expect(try await store.governance.documents(of: .body("WGS"), for: nil).isEmpty, "nothing refused written")
            // The WGS's vice-chair, and the Chair of the year for any body.
            let paper = try await store.governance.addDocument(to: .body("WGS"), draft, by: g.euDelegate)
            #expect(paper.owner == .body("WGS"))
            _ = try await store.governance.addDocument(to: .body("CPC"), draft, by: g.bwDelegate)
            let text = Array("Figures of the year".utf8)
            _ = try await store.governance.putVersion(
                of: paper.id, language: .en, mediaType: "text/plain", bytes: text, by: g.euDelegate)
            await #expect(throws: KPCSError.self, "a version by another delegate") {
                try await store.governance.putVersion(
                    of: paper.id, language: .fr, mediaType: "text/plain", bytes: text, by: g.aeDelegate)
            }
            #expect(try await store.governance.documents(of: .body("WGS"), for: nil).map(\.id) == [paper.id])
            #expect(try await store.governance.documentContent(paper.id, language: .en, for: nil).bytes == text)

            _ = try await store.registry.changeParticipantStatus(
                "AE", to: .candidate, reason: "Applies again", effectiveOn: nil, by: g.world.admin)
            let application = try await store.governance.submitApplication(
                ApplicationDraft(candidate: "AE", letterEn: "We apply.", contacts: [ContactDraft(name: "A. Contact")]),
                by: g.aeDelegate
            ).application.id
            let annex = DocumentDraft(titleEn: "Legislation", titleFr: "Législation", public: false)
            for who in [g.euDelegate, g.bwDelegate, g.wdcObserver] {
                await #expect(throws: KPCSError.self, "\(who.username)") {
                    try await store.governance.addDocument(to: .application(application), annex, by: who)
                }
            }
            await #expect(throws: KPCSError.self, "an unknown application") {
                try await store.governance.addDocument(to: .application(999), annex, by: g.world.admin)
            }
            let law = try await store.governance.addDocument(to: .application(application), annex, by: g.aeDelegate)
            _ = try await store.governance.putVersion(
                of: law.id, language: .fr, mediaType: "application/pdf", bytes: Array("%PDF-1.4 loi".utf8),
                by: g.aeDelegate)
            #expect(try await store.governance.documents(of: .application(application), for: nil).isEmpty)
            let seen = try await store.governance.documents(of: .application(application), for: g.euDelegate)
            #expect(seen.map(\.id) == [law.id] && seen.first?.owner == .application(application))

            let leaves = try await store.log.entries(from: 0, limit: 1000).map {
                String(decoding: $0.data, as: UTF8.self)
            }
            .filter { $0.contains("\"event\":\"document.version\"") }
            #expect(leaves.count == 1 && leaves[0].contains("\"body\":\"WGS\""), "the annex is not public: no leaf")
            let report = try await TestLogAudit.report(store)
            #expect(report.isSound, "\(report.problems)")
        }
    }

    @Test(arguments: TestEngine.all)
    func anObserverOrganisationReadsTheDocumentsNotPublicOnlyOfTheBodiesItSitsOn(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestStore(engine, clock: clock) { store in
            let g = try await GovernanceFixture.make(store)
            let today = CalendarDate(utcDayOf: clock.now)
            let closed = DocumentDraft(titleEn: "Draft", titleFr: "Projet", public: false)
            let plenary = try await store.governance.recordMeeting(
                MeetingDraft(
                    kind: "plenary", titleEn: "Plenary", titleFr: "Plénière", startsOn: today.description,
                    endsOn: today.description, format: "online"),
                by: g.bwDelegate)
            let wgsMeeting = try await store.governance.recordMeeting(
                MeetingDraft(
                    kind: "working-body", body: "WGS", titleEn: "WGS", titleFr: "WGS", startsOn: today.description,
                    endsOn: today.description, format: "online"),
                by: g.bwDelegate)
            let owners: [DocumentOwner] = [.meeting(plenary.id), .meeting(wgsMeeting.id), .body("WGS")]
            var ids: [DocumentOwner: Int64] = [:]
            for owner in owners {
                let document = try await store.governance.addDocument(
                    to: owner, closed,
                    versions: [DocumentUpload(language: .en, mediaType: "text/plain", bytes: Array("x".utf8))],
                    by: g.bwDelegate)
                ids[owner] = document.id
            }
            func reads(_ owner: DocumentOwner, _ who: Principal) async throws -> Bool {
                let listed = try await store.governance.documents(of: owner, for: who).count == 1
                let served = try? await store.governance.documentContent(
                    try #require(ids[owner]), language: .en, for: who)
                #expect(listed == (served != nil), "the list and the bytes agree for \(owner)")
                return listed
            }
            #expect(try await reads(.meeting(plenary.id), g.wdcObserver), "every observer sits at the Plenary")
            #expect(!(try await reads(.meeting(wgsMeeting.id), g.wdcObserver)))
            #expect(!(try await reads(.body("WGS"), g.wdcObserver)))
            for who in [g.euDelegate, g.world.admin, g.world.observer] {
                for owner in owners { #expect(try await reads(owner, who), "\(who.username) on \(owner)") }
            }
            for owner in owners { #expect(!(try await reads(owner, g.world.bwOfficer))) }
            // Once the WDC holds a seat on the WGS, its account reads the WGS's documents; when the seat ends, no more.
            let body = try await store.governance.addSeat(
                to: "WGS",
                SeatDraft(holderKind: "organisation", code: "WDC", startsOn: today.description), by: g.world.admin)
            #expect(try await reads(.meeting(wgsMeeting.id), g.wdcObserver))
            #expect(try await reads(.body("WGS"), g.wdcObserver))
            let seat = try #require(body.seats.first { $0.holder == .organisation("WDC") })
            _ = try await store.governance.endSeat(
                seat.id, of: "WGS", SeatEndDraft(endsOn: today.description), by: g.world.admin)
            #expect(!(try await reads(.body("WGS"), g.wdcObserver)))
        }
    }
}
