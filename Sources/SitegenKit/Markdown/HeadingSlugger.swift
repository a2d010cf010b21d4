/// Turns heading text into `id`s that are stable and unique within one page.
///
/// Lowercase letters and digits are kept, spaces and hyphens become single hyphens, and
/// everything else is dropped: "Server perspective" becomes `server-perspective`. A repeated
/// slug gets `-2`, `-3`, and so on, in document order.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func uniqueSlug(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var suffix = count + 1
        while used["\(base)-\(suffix)"] != nil { suffix += 1 }
        used[base] = suffix
        used["\(base)-\(suffix)"] = 1
        return "\(base)-\(suffix)"
    }

    public static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if character == " " || character == "-", !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}
