import Foundation

/// Finds reference links whose label is never defined: cmark publishes `[text][label]` as plain
/// text when `[label]: URL` is missing, which is easy to miss in review.
enum UndefinedReferences {
    /// `[text][label]` or `[label][]` left as text. The classes exclude brackets, so matching is linear.
    nonisolated(unsafe) private static let pattern = /\[([^\[\]\u{0}]*)\]\[([^\[\]\u{0}]*)\]/

    /// The undefined labels in one paragraph, in order. Text split by other inline nodes (code
    /// spans, links) is joined with a NUL, which no label can contain.
    static func labels(in paragraph: CmarkNode) -> [String] {
        // Almost no paragraph has a `][` in its text: that is checked in place, without a copy.
        guard hasAdjacentBrackets(in: paragraph) else { return [] }
        // Gathered as bytes and made a `String` for the pattern only in that rare paragraph.
        var bytes: [UInt8] = []
        CmarkTreeWalk.visit(paragraph) { node, isRoot in
            guard !isRoot else { return }
            if node.kind == .text { bytes.append(contentsOf: node.literalBytes) } else { bytes.append(0) }
        }
        return String(decoding: bytes, as: UTF8.self).matches(of: pattern).compactMap { match in
            let label = match.2.isEmpty ? match.1 : match.2
            return label.allSatisfy(\.isWhitespace) ? nil : String(label)
        }
    }

    /// Whether a `]` is directly followed by `[` in the paragraph's text, within one text node
    /// or across two adjacent ones (any other node in between breaks a label). `memchr` jumps
    /// from one `]` to the next: most text has none.
    private static func hasAdjacentBrackets(in paragraph: CmarkNode) -> Bool {
        var endsWithClosingBracket = false
        var found = false
        CmarkTreeWalk.visit(paragraph) { node, isRoot in
            guard !isRoot, !found else { return }
            guard node.kind == .text else {
                endsWithClosingBracket = false
                return
            }
            let bytes = node.literalBytes
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            if endsWithClosingBracket, bytes[0] == UInt8(ascii: "[") {
                found = true
                return
            }
            var index = 0
            while let hit = memchr(base + index, Int32(UInt8(ascii: "]")), bytes.count - index) {
                let bracket = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if bracket + 1 < bytes.count, bytes[bracket + 1] == UInt8(ascii: "[") {
                    found = true
                    return
                }
                index = bracket + 1
            }
            endsWithClosingBracket = bytes[bytes.count - 1] == UInt8(ascii: "]")
        }
        return found
    }
}
