import Mustache

/// A text value as a template sees it. swift-mustache prints a `String` only after testing it
/// against several protocols and describing it; this prints itself, and otherwise behaves as
/// the `String` it holds: transforms such as `{{uppercased(title)}}` apply to the text, and a
/// name looked up inside a section on it (`{{#summary}}{{title}}{{/summary}}`) is not found on it.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, CustomReflectable, CustomStringConvertible, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }
    /// No children, like a `String`'s: the engine looks names up on a value by reflection.
    var customMirror: Mirror { Mirror(self, children: [:]) }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
