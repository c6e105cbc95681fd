import Foundation
import KPCSCore
import KPCSStore

/// The markup of the meeting forms (``MeetingForms``): a new meeting on `/meetings`; who was present and a
/// Plenary's communiqué on `/meetings/{id}`. A form sent back with errors keeps what was typed.
enum MeetingFormHTML {
    /// The form of a new meeting: its kind (and body), titles, days, format, place and agenda.
    static func record(
        bodies: [WorkingBody], today: CalendarDate, errors: WebParts.FieldErrors, form: [String: String],
        chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        func value(_ name: String, _ fallback: String = "") -> String { form[name] ?? fallback }
        func input(_ name: String, _ label: MeetingFormText, type: String = "text", fallback: String = "") -> HTML {
            let id = "meeting-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label> <input id="\(id)" name="\(name)" type="\(type)"\
                 size="40" value="\(value(name, fallback))"\(errors.attributes(id))>\(errors.message(id))</p>
                """
        }
        func select(_ name: String, _ label: MeetingFormText, _ options: HTML) -> HTML {
            let id = "meeting-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label> <select id="\(id)" name="\(name)"\
                \(errors.attributes(id))>\(options)</select>\(errors.message(id))</p>
                """
        }
        let kinds: HTML = MeetingKind.allCases.map {
            WebParts.option(
                $0.rawValue, MeetingText.kind($0, language), selected: value("kind", "plenary") == $0.rawValue)
        }.joined()
        let bodyOptions: HTML =
            WebParts.option("", MeetingFormText.noBody.text(language), selected: value("body").isEmpty)
            + bodies.filter { $0.exists(on: today) }.map {
                WebParts.option(
                    $0.code, "\($0.code) — \($0.name(in: language))", selected: value("body").uppercased() == $0.code)
            }.joined()
        let formats: HTML = MeetingFormat.allCases.map {
            WebParts.option(
                $0.rawValue, MeetingText.format($0, language), selected: value("format", "in-person") == $0.rawValue)
        }.joined()
        return """
            <section aria-labelledby="record-title"><h2 id="record-title">\(chrome.t(MeetingFormText.recordTitle))</h2>
            <form method="post" action="\(GovernanceURL.meetings)" id="meeting-form">\(chrome.csrfField)\
            \(errors.message("meeting"))<p class="hint">\(chrome.t(MeetingFormText.recordHint))</p>
            \(select("kind", .kind, kinds))\(select("body", .body, bodyOptions))
            \(input("titleEn", .titleEn))\(input("titleFr", .titleFr))
            \(input("startsOn", .startsOn, type: "date", fallback: today.description))\
            \(input("endsOn", .endsOn, type: "date", fallback: today.description))
            \(select("format", .format, formats))\(input("place", .place))
            <p><label for="meeting-agenda">\(chrome.t(MeetingFormText.agenda))</label><br><textarea\
             id="meeting-agenda" name="agenda" rows="6" cols="70" aria-describedby="meeting-agenda-hint"\
            \(errors.attributes("meeting-agenda"))>\(value("agenda"))</textarea>\
            <span class="hint" id="meeting-agenda-hint"> \(chrome.t(MeetingFormText.agendaHint))</span>\
            \(errors.message("meeting-agenda"))</p>
            <p><button type="submit" id="meeting-submit">\(chrome.t(MeetingFormText.recordButton))</button></p>\
            </form></section>
            """
    }

    /// Who was present: a box for each participant (never an EU member state) and organisation, and the Chair's
    /// guests one a line.
    static func attendance(
        _ meeting: Meeting, participants: [Participant], organisations: [ObserverOrganisation],
        errors: WebParts.FieldErrors, form: [String: String], sent: Bool, chrome: WebChrome
    ) -> HTML {
        let language = chrome.language
        func box(_ name: String, _ label: String, checked: Bool) -> HTML {
            """
            <label class="choice"><input type="checkbox" name="\(name)" id="attendance-\(name)"\
            \(checked ? " checked" : "")> \(label)</label>
            """
        }
        var people: HTML = ""
        for participant in participants where !participant.isMemberState {
            let name = "p-\(participant.code)"
            let ticked = sent ? form[name] != nil : meeting.attendance.participants.contains(participant.code)
            people += box(name, "\(participant.name(in: language)) (\(participant.code))", checked: ticked)
        }
        var observers: HTML = ""
        for organisation in organisations {
            let name = "o-\(organisation.code)"
            let ticked = sent ? form[name] != nil : meeting.attendance.organisations.contains(organisation.code)
            observers += box(name, "\(organisation.name) (\(organisation.code))", checked: ticked)
        }
        let guests =
            sent
            ? form["guests"] ?? ""
            : meeting.attendance.guests.map { guest in guest.affiliation.map { "\(guest.name) | \($0)" } ?? guest.name }
                .joined(separator: "\n")
        let action = GovernanceURL.meetingAttendance(.value(String(meeting.id)))
        return """
            <section aria-labelledby="attendance-title"><h2 id="attendance-title">\
            \(chrome.t(MeetingFormText.attendanceTitle))</h2>
            <form method="post" action="\(action)" id="attendance-form">\(chrome.csrfField)\
            <input type="hidden" name="form" value="attendance">
            <fieldset id="attendance-participants"\(errors.attributes("attendance-participants"))><legend>\
            \(chrome.t(MeetingFormText.participants))</legend>\(errors.message("attendance-participants"))\
            <div class="choices">\(people)</div></fieldset>
            <fieldset id="attendance-organisations"\(errors.attributes("attendance-organisations"))><legend>\
            \(chrome.t(MeetingFormText.organisations))</legend>\(errors.message("attendance-organisations"))\
            <div class="choices">\(observers)</div></fieldset>
            <p><label for="attendance-guests">\(chrome.t(MeetingFormText.guests))</label><br><textarea\
             id="attendance-guests" name="guests" rows="3" cols="70" aria-describedby="attendance-guests-hint"\
            \(errors.attributes("attendance-guests"))>\(guests)</textarea>\
            <span class="hint" id="attendance-guests-hint"> \(chrome.t(MeetingFormText.guestsHint))</span>\
            \(errors.message("attendance-guests"))</p>
            <p><button type="submit" id="attendance-submit">\(chrome.t(MeetingFormText.attendanceButton))</button>\
            </p></form></section>
            """
    }

    /// A Plenary's communiqué in both languages, or that it published none.
    static func communique(
        _ meeting: Meeting, errors: WebParts.FieldErrors, form: [String: String], sent: Bool, chrome: WebChrome
    ) -> HTML {
        var texts = (en: "", fr: "", none: false)
        switch meeting.communique {
        case .published(let en, let fr): texts = (en, fr, false)
        case .none?: texts.none = true
        case nil: break
        }
        if sent { texts = (form["textEn"] ?? "", form["textFr"] ?? "", form["none"] != nil) }
        func area(_ name: String, _ label: MeetingFormText, _ text: String) -> HTML {
            let id = "communique-\(name)"
            return """
                <p><label for="\(id)">\(chrome.t(label))</label><br><textarea id="\(id)" name="\(name)" rows="6"\
                 cols="70"\(errors.attributes(id))>\(text)</textarea>\(errors.message(id))</p>
                """
        }
        let action = GovernanceURL.meetingCommunique(.value(String(meeting.id)))
        return """
            <section aria-labelledby="communique-title"><h2 id="communique-title">\
            \(chrome.t(MeetingFormText.communiqueTitle))</h2>
            <form method="post" action="\(action)" id="communique-form">\(chrome.csrfField)\
            <input type="hidden" name="form" value="communique">\
            \(errors.message("communique"))
            \(area("textEn", .textEn, texts.en))\(area("textFr", .textFr, texts.fr))
            <p><label class="choice"><input type="checkbox" name="none" id="communique-none"\
            \(texts.none ? " checked" : "")> \(chrome.t(MeetingFormText.noCommunique))</label></p>
            <p><button type="submit" id="communique-submit">\(chrome.t(MeetingFormText.communiqueButton))</button>\
            </p></form></section>
            """
    }
}

/// The texts of the meeting forms, in English and French.
enum MeetingFormText: CaseIterable, LocalizedText {
    case recordTitle, recordHint, kind, body, noBody, titleEn, titleFr, startsOn, endsOn, format, place, agenda
    case agendaHint, recordButton, attendanceTitle, participants, organisations, guests, guestsHint
    case attendanceButton, communiqueTitle, textEn, textFr, noCommunique, communiqueButton

    func text(_ language: Language) -> String {
        let (en, fr): (String, String)
        switch self {
        case .recordTitle: (en, fr) = ("Record a meeting", "Enregistrer une réunion")
        case .recordHint:
            (en, fr) = (
                """
                The Chair of the meeting's year records it; the chair of a working body records that body's meetings\
                 (choose the kind "Working-body meeting" and the body).
                """,
                """
                La présidence de l'année de la réunion l'enregistre ; la présidence d'un organe enregistre les\
                 réunions de cet organe (choisissez le type « Réunion d'un organe » et l'organe).
                """
            )
        case .kind: (en, fr) = ("Kind", "Type")
        case .body: (en, fr) = ("Working body", "Organe")
        case .noBody: (en, fr) = ("— none (Plenary or Intersessional)", "— aucun (plénière ou intersession)")
        case .titleEn: (en, fr) = ("Title in English", "Titre en anglais")
        case .titleFr: (en, fr) = ("Title in French", "Titre en français")
        case .startsOn: (en, fr) = ("First day", "Premier jour")
        case .endsOn: (en, fr) = ("Last day", "Dernier jour")
        case .format: (en, fr) = ("Format", "Format")
        case .place: (en, fr) = ("Place (unless online)", "Lieu (sauf en ligne)")
        case .agenda: (en, fr) = ("Agenda", "Ordre du jour")
        case .agendaHint:
            (en, fr) = (
                "One item a line: English title | French title.",
                "Un point par ligne : titre anglais | titre français."
            )
        case .recordButton: (en, fr) = ("Record the meeting", "Enregistrer la réunion")
        case .attendanceTitle: (en, fr) = ("Record who was present", "Enregistrer les présents")
        case .participants: (en, fr) = ("Participants", "Participants")
        case .organisations: (en, fr) = ("Observer organisations", "Organisations observatrices")
        case .guests: (en, fr) = ("Guests of the Chair", "Invités de la présidence")
        case .guestsHint:
            (en, fr) = (
                "One a line: name | affiliation (optional). Shown to the deliberation only.",
                "Un par ligne : nom | affiliation (facultative). Visibles des seuls délibérants."
            )
        case .attendanceButton: (en, fr) = ("Save who was present", "Enregistrer les présents")
        case .communiqueTitle: (en, fr) = ("Record the communiqué", "Enregistrer le communiqué")
        case .textEn: (en, fr) = ("Communiqué in English", "Communiqué en anglais")
        case .textFr: (en, fr) = ("Communiqué in French", "Communiqué en français")
        case .noCommunique:
            (en, fr) = ("This Plenary published no communiqué", "Cette plénière n'a publié aucun communiqué")
        case .communiqueButton: (en, fr) = ("Save the communiqué", "Enregistrer le communiqué")
        }
        return language == .fr ? fr : en
    }
}
