/// Finds reference links whose label is never defined: cmark publishes `[text][label]` as plain
/// text when `[label]: URL` is missing, which is easy to miss in review.
enum UndefinedReferences {
    /// `[text][label]` or `[label][]` left as text. The classes exclude brackets, so matching is linear.
    nonisolated(unsafe) private static let pattern = /\[([^\[\]\u{0}]*)\]\[([^\[\]\u{0}]*)\]/

    /// The undefined labels in one paragraph, in order. Text split by other inline nodes (code
    /// spans, links) is joined with a NUL, which no label can contain.
    static func labels(in paragraph: CmarkNode) -> [String] {
        var text = ""
        for node in CmarkTreeWalk.descendants(of: paragraph) {
            if node.kind == .text { text += node.literal ?? "" } else { text += "\u{0}" }
        }
        guard text.containsBytes("][") else { return [] }
        return text.matches(of: pattern).compactMap { match in
            let label = match.2.isEmpty ? match.1 : match.2
            return label.allSatisfy(\.isWhitespace) ? nil : String(label)
        }
    }
}
