import CCmark

/// Applies cmark's smart punctuation to one line of plain text, such as a title or a summary
/// from front matter, so that it reads like the body ("I’m a teapot" on the page and in the title).
enum SmartPunctuation {
    /// Returns `text` with curly quotes, dashes and ellipses, and nothing else changed: every other
    /// Markdown character is escaped first, so no emphasis, link or list can appear.
    static func apply(to text: String) -> String {
        let tree = CmarkTree(markdown: escapingMarkdown(text), options: MarkdownOptions(smartPunctuation: true))
        var result = ""
        for node in tree.allNodes() {
            switch node.kind {
            case .text: result += node.literal ?? ""
            case .softBreak, .lineBreak: result += "\n"
            case .paragraph, .other: continue
            default: return text  // Not plain text after all: keep it exactly as written.
            }
        }
        return result
    }

    /// The characters CommonMark lets a backslash escape.
    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Backslash-escapes ASCII punctuation except the characters smart punctuation works on, and a
    /// leading `-`, `#` or `1.` that would start a list or heading.
    private static func escapingMarkdown(_ text: String) -> String {
        let keep: Set<Unicode.Scalar> = ["'", "\"", "-", "."]
        var escaped = String.UnicodeScalarView()
        var atLineStart = true
        var leadingDigits = false
        for scalar in text.unicodeScalars {
            let isPunctuation = asciiPunctuation.contains(scalar)
            let startsBlock = atLineStart && scalar == "-" || leadingDigits && scalar == "."
            if isPunctuation && (!keep.contains(scalar) || startsBlock) { escaped.append("\\") }
            leadingDigits = (atLineStart || leadingDigits) && ("0"..."9").contains(scalar)
            atLineStart = scalar == "\n" || (atLineStart && scalar == " ")
            escaped.append(scalar)
        }
        return String(escaped)
    }
}
