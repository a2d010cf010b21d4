import Foundation

/// Turns heading text into `id`s that are stable and unique within one page.
///
/// Ids use a safe alphabet only: ASCII lowercase letters, digits and single hyphens. Accents are
/// folded ("Überschrift" becomes `uberschrift`), spaces and hyphens become single hyphens, and
/// everything else is dropped: "Server perspective" becomes `server-perspective`. A repeated
/// heading is qualified by the first word of its parent section ("Pitfalls" under "Client
/// perspective" is `client-pitfalls`); when that is taken too, it gets `-2`, `-3`, and so on.
/// Ids the templates already use (`main`, say) count as taken.
public struct HeadingSlugger: Sendable {
    /// Ids the templates use. Kept apart from `taken`, so that a page's first heading does not
    /// copy the whole set shared by every page.
    private let reserved: Set<String>
    /// The ids given so far, and the former ids kept as aliases.
    private var taken: Set<String> = []
    /// Counts per slug as earlier versions numbered them, to recover their published ids.
    private var formerCounts: [String: Int] = [:]

    /// A heading's id and, when it differs, the id earlier builds published for it
    /// (`pitfalls-2`), so the page can keep an empty element with that id for old links.
    public struct HeadingID: Sendable, Equatable {
        public var id: String
        public var formerID: String?
    }

    public init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// The id for a heading with `text`, below the heading `parent` (if any).
    public mutating func id(for text: String, parent: String?) -> HeadingID {
        let base = Self.slug(text)
        let former = nextFormerSlug(for: base)
        var id = base
        if isTaken(id), let parent {
            let qualifier = Self.slug(parent).split(separator: "-").first.map(String.init) ?? "section"
            id = "\(qualifier)-\(base)"
        }
        var suffix = 2
        let stem = id
        while isTaken(id) {
            id = "\(stem)-\(suffix)"
            suffix += 1
        }
        taken.insert(id)
        guard former != id, !isTaken(former) else { return HeadingID(id: id, formerID: nil) }
        taken.insert(former)
        return HeadingID(id: id, formerID: former)
    }

    private func isTaken(_ id: String) -> Bool {
        taken.contains(id) || reserved.contains(id)
    }

    /// The numbering earlier versions used: a repeated slug got `-2`, `-3` in document order.
    private mutating func nextFormerSlug(for base: String) -> String {
        // One lookup: a first use stores 1; a later use gets the old count, and the 1 is replaced below.
        guard let count = formerCounts.updateValue(1, forKey: base) else { return base }
        var suffix = count + 1
        while formerCounts["\(base)-\(suffix)"] != nil { suffix += 1 }
        formerCounts[base] = suffix
        formerCounts["\(base)-\(suffix)"] = 1
        return "\(base)-\(suffix)"
    }

    public static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        // Folding leaves ASCII as it is, apart from case, which the loop below folds too.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.append(UInt8(scalar.value))
            case "A"..."Z": slug.append(UInt8(scalar.value) + 32)
            case " ", "-", "\t": if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            default: continue
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }
}
