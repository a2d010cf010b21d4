/// A stable hash of a template context, the values a page's template reads: two contexts hash
/// alike exactly when a template would see the same values in them. Keys are hashed in sorted
/// order, and every value with a tag for its kind, so `"1"` and `1` differ.
enum ContextHash {
    static func combine(_ value: Any, into hasher: inout ContentHasher) {
        // The common shapes are matched first and as they are: casting `[[String: Any]]` to
        // `[Any]`, or `[String: String]` to `[String: Any]`, would copy them.
        switch value {
        case let text as String:
            combine(text, into: &hasher)
        case let mapping as [String: Any]:
            combine(mapping, into: &hasher)
        case let list as [[String: Any]]:
            hasher.combine(5)
            hasher.combine(list.count)
            for element in list { combine(element, into: &hasher) }
        case let mapping as [String: String]:
            hasher.combine(4)
            hasher.combine(mapping.count)
            for key in mapping.keys.sorted() {
                hasher.combine(key)
                combine(mapping[key]!, into: &hasher)
            }
        case let number as Int:
            hasher.combine(2)
            hasher.combine(number)
        case let flag as Bool:
            hasher.combine(3)
            hasher.combine(flag)
        case let list as [Any]:
            hasher.combine(5)
            hasher.combine(list.count)
            for element in list { combine(element, into: &hasher) }
        default:
            // Not a kind PageContext makes today; its description still tells values apart.
            hasher.combine(6)
            hasher.combine(String(reflecting: value))
        }
    }

    private static func combine(_ text: String, into hasher: inout ContentHasher) {
        hasher.combine(1)
        hasher.combine(text)
    }

    private static func combine(_ mapping: [String: Any], into hasher: inout ContentHasher) {
        hasher.combine(4)
        hasher.combine(mapping.count)
        for key in mapping.keys.sorted() {
            hasher.combine(key)
            combine(mapping[key]!, into: &hasher)
        }
    }
}
