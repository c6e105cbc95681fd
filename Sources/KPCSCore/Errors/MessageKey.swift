/// The key of a message a person reads: a stable code (a problem's `type` ends with it) and a text in English and
/// French, where `{0}`, `{1}`… stand for the message's arguments. Each capability has its own key type (one enum,
/// one exhaustive switch, so a text cannot exist in one language only); the server has its own for HTTP and the
/// web forms. A test checks every key of every type.
public protocol MessageKey: Sendable {
    /// The stable code, such as `participant-not-active`.
    var code: String { get }
    /// The English and the French text.
    var texts: (en: String, fr: String) { get }
}

extension MessageKey {
    /// The text in a language, placeholders left in.
    public func template(_ language: Language) -> String {
        language == .fr ? texts.fr : texts.en
    }
}
