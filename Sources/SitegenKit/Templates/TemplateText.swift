import Mustache

/// A text value as a template sees it. swift-mustache prints a `String` only after testing it
/// against several protocols and describing it; this prints itself, and otherwise behaves as
/// the `String` it holds: transforms such as `{{uppercased(title)}}` apply to the text, and a
/// name looked up inside a section on it (`{{#summary}}{{title}}{{/summary}}`) is not found on it.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, CustomReflectable, CustomStringConvertible, Comparable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }
    /// No children, like a `String`'s. The engine asks a `MustacheParent` for them, and looks
    /// them up by reflection (far slower) on any other value: inside a section on a text, every
    /// name the section uses is looked up on the text first.
    func child(named name: String) -> Any? { nil }
    var customMirror: Mirror { Mirror(self, children: [:]) }

    func transform(_ name: String) -> Any? { text.transform(name) }

    /// As the texts compare: a list of texts is sorted (`{{#sorted(headers)}}`) as the strings would be.
    static func < (left: TemplateText, right: TemplateText) -> Bool { left.text < right.text }
}
