import Mustache

/// What a page's template sees at the top level: the page's own values (`page`, `content`, …),
/// then the values it shares with every page at the same place in the site (`SharedLayout`).
struct PageValues: MustacheParent, MustacheTransformable, Sendable {
    let layout: SharedLayout.Values
    var own: TemplateObject

    func child(named name: String) -> Any? {
        own.child(named: name) ?? layout.object.child(named: name)
    }

    func transform(_ name: String) -> Any? {
        layout.object.dictionary.merging(own.dictionary) { $1 }.transform(name)
    }

    /// A hash of every value the template can read: the shared values stand for their hash,
    /// which is made once per place.
    func combine(into hasher: inout ContentHasher) {
        hasher.combine(layout.hash)
        own.combine(into: &hasher)
    }
}
