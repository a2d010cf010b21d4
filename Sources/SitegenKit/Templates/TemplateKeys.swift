/// What a page's rendering reads of the templates: the text of its own template and of every
/// template that one includes (`{{> partial}}`, `{{< parent}}`), directly or through others.
/// Editing a template changes the key of exactly the templates that use it, so the pages of
/// the other templates are not rendered again.
enum TemplateKeys {
    /// Each template's key, by name; `texts` holds every template's source by name, and
    /// `references` the names each includes (`TemplateTags.partialReferences`).
    static func make(texts: [String: String], references: [String: [String]]) -> [String: UInt64] {
        var keys: [String: UInt64] = [:]
        for name in texts.keys {
            var included: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for reference in references[next] ?? [] where included.insert(reference).inserted { pending.append(reference) }
            }
            var hasher = ContentHasher()
            for member in included.sorted() {
                hasher.combine(member)
                hasher.combine(texts[member] ?? "")
            }
            keys[name] = hasher.value
        }
        return keys
    }
}
