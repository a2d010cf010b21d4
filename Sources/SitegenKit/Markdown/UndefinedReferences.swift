/// Finds reference links whose label is never defined: cmark publishes `[text][label]` as plain
/// text when `[label]: URL` is missing, which is easy to miss in review.
enum UndefinedReferences {
    /// `[text][label]` or `[label][]` left as text. The classes exclude brackets, so matching is linear.
    nonisolated(unsafe) private static let pattern = /\[([^\[\]\u{0}]*)\]\[([^\[\]\u{0}]*)\]/

    /// The undefined labels in one paragraph, in order. Text split by other inline nodes (code
    /// spans, links) is joined with a NUL, which no label can contain.
    static func labels(in paragraph: CmarkNode) -> [String] {
        // Gathered as bytes, and made a `String` only in the rare paragraph that has a `][`.
        var bytes: [UInt8] = []
        CmarkTreeWalk.visit(paragraph) { node, isRoot in
            guard !isRoot else { return }
            if node.kind == .text { bytes.append(contentsOf: node.literalBytes) } else { bytes.append(0) }
        }
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: "[") }) else { return [] }
        return String(decoding: bytes, as: UTF8.self).matches(of: pattern).compactMap { match in
            let label = match.2.isEmpty ? match.1 : match.2
            return label.allSatisfy(\.isWhitespace) ? nil : String(label)
        }
    }
}
