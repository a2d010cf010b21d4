/// One value a template can read, typed, so that a page's values are hashed without casts and
/// handed to swift-mustache as the types it renders quickest (see `mustacheValue`).
enum TemplateValue: Sendable {
    /// Text; a template escapes it with `{{value}}` and prints it as it is with `{{{value}}}`.
    case text(String)
    case number(Int)
    case flag(Bool)
    case object(TemplateObject)
    case objects([TemplateObject])
    /// A list read as `objects` is, made as the template walks it (see `GeneratedObjects`).
    case generatedObjects(GeneratedObjects)
    /// A list of texts, printed with `{{.}}` in a section.
    case texts([String])
    /// Text that follows from `key` (a page's body, `TemplateBody`): printed as the text, hashed
    /// as the key.
    case keyed(String, key: UInt64)

    /// What swift-mustache is given: text and numbers as `TemplateText` and `TemplateNumber`,
    /// which it prints without first asking whether they are optional or how to describe them;
    /// everything else as itself.
    var mustacheValue: Any {
        switch self {
        case .text(let text), .keyed(let text, _): TemplateText(text)
        case .number(let number): TemplateNumber(number: number)
        case .flag(let flag): flag
        case .object(let object): object
        case .objects(let objects): objects
        case .generatedObjects(let objects): objects
        case .texts(let texts): texts.map(TemplateText.init)
        }
    }

    /// Adds the value to `hasher`, each kind with a tag of its own, so `"1"` and `1` differ.
    func combine(into hasher: inout ContentHasher) {
        switch self {
        case .text(let text):
            hasher.combine(1)
            hasher.combine(text)
        case .number(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .flag(let flag):
            hasher.combine(3)
            hasher.combine(flag)
        case .object(let object):
            object.combine(into: &hasher)
        case .objects(let objects):
            hasher.combine(5)
            hasher.combine(objects.count)
            for object in objects { object.combine(into: &hasher) }
        case .generatedObjects(let objects):
            // As the same objects in an array: the template cannot tell them apart.
            hasher.combine(5)
            hasher.combine(objects.count)
            for object in objects { object.combine(into: &hasher) }
        case .texts(let texts):
            hasher.combine(6)
            hasher.combine(texts.count)
            for text in texts { hasher.combine(text) }
        case .keyed(_, let key):
            hasher.combine(7)
            hasher.combine(key)
        }
    }
}

extension TemplateValue {
    /// `nil` stays `nil`, so that the value is left out and a section on it is skipped.
    static func text(_ text: String?) -> TemplateValue? { text.map(TemplateValue.text) }
}
