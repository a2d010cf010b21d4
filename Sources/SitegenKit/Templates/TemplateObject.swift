import Mustache

/// A set of named values a template reads (`{{page.title}}`, or `{{title}}` inside a section on
/// the object), in the order they were given. A value that is `nil` is left out, so that a
/// section on it is skipped. It answers swift-mustache as a `[String: Any]` would, with values
/// typed (`TemplateValue`) so that pages are hashed and looked up without casts.
struct TemplateObject: MustacheParent, MustacheTransformable, Sendable {
    private(set) var fields: [(name: String, value: TemplateValue)]

    init(_ fields: KeyValuePairs<String, TemplateValue?>) {
        self.fields = fields.compactMap { field in field.value.map { (field.key, $0) } }
    }

    /// Adds or replaces the value called `name`.
    subscript(name: String) -> TemplateValue? {
        get { fields.first { $0.name == name }?.value }
        set {
            let index = fields.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): fields[index].value = value
            case let (index?, nil): fields.remove(at: index)
            case let (nil, value?): fields.append((name, value))
            case (nil, nil): break
            }
        }
    }

    func child(named name: String) -> Any? {
        // A handful of fields: comparing short names beats hashing them, and comparing their
        // lengths first skips most of the comparisons of names that differ.
        let length = name.utf8.count
        for field in fields where field.name.utf8.count == length && field.name == name { return field.value.mustacheValue }
        return nil
    }

    /// The object as the `[String: Any]` it stands for, for transforms such as `{{count(object)}}`.
    var dictionary: [String: Any] {
        Dictionary(fields.map { ($0.name, $0.value.mustacheValue) }) { first, _ in first }
    }

    func transform(_ name: String) -> Any? { dictionary.transform(name) }

    func combine(into hasher: inout ContentHasher) {
        hasher.combine(4)
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.name)
            field.value.combine(into: &hasher)
        }
    }
}
