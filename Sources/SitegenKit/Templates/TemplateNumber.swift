import Mustache

/// A number as a template sees it: printed as its digits, like an `Int`, but without the
/// engine's detour for values it cannot print by themselves (describing the value and reflecting
/// on it to see whether it is optional). Transforms such as `{{plusone(code)}}` apply to the number.
struct TemplateNumber: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let number: Int

    var renderText: String { String(number) }
    var isNull: Bool { false }
    /// No children, like an `Int`'s (see `TemplateText.child(named:)`).
    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { number.transform(name) }
}
