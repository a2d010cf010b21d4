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

    /// Whether `byte` is one of the characters CommonMark lets a backslash escape:
    /// ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``.
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// Backslash-escapes ASCII punctuation except the characters smart punctuation works on, and a
    /// leading `-`, `#` or `1.` that would start a list or heading.
    /// Every character it looks at is ASCII, so it reads bytes: those of any other character are
    /// neither punctuation, digits, spaces nor line feeds, and are copied as they are.
    private static func escapingMarkdown(_ text: String) -> String {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        var atLineStart = true
        var leadingDigits = false
        for byte in text.utf8 {
            let kept = byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            let startsBlock = atLineStart && byte == UInt8(ascii: "-") || leadingDigits && byte == UInt8(ascii: ".")
            if isASCIIPunctuation(byte) && (!kept || startsBlock) { escaped.append(UInt8(ascii: "\\")) }
            leadingDigits = (atLineStart || leadingDigits) && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            atLineStart = byte == UInt8(ascii: "\n") || (atLineStart && byte == UInt8(ascii: " "))
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
