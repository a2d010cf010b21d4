/// What sitegen reads in a template's text besides rendering it: the templates it includes and
/// the `id`s it writes literally. Every template is read at the start of every build, so the
/// patterns run only where their match can be: the bytes are looked at first.
enum TemplateTags {
    /// A `{{> partial}}` or `{{< parent}}` tag: the template it names, and where (1-based; the
    /// column counts characters).
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    /// Compiled once: a regex literal in a function is rebuilt on every call.
    nonisolated(unsafe) private static let partialTag = /\{\{\s*[<>]\s*([^\s}]+)\s*\}\}/
    nonisolated(unsafe) private static let idAttribute = /\sid="([^"{}]*)"/

    /// The names used as `{{> partial}}` or `{{< parent}}`, in the order they appear.
    static func partialReferences(in text: String) -> [Reference] {
        guard mayHoldPartialTag(text.utf8) else { return [] }
        var references: [Reference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where mayHoldPartialTag(line.utf8) {
            for match in line.matches(of: partialTag) {
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                references.append(Reference(name: String(match.1), line: lineIndex + 1, column: column))
            }
        }
        return references
    }

    /// Whether `bytes` hold `{{`, then nothing but whitespace, then `<` or `>`: every match of
    /// `partialTag` does. A byte from beyond ASCII counts as whitespace, since some of it is.
    private static func mayHoldPartialTag(_ bytes: some Collection<UInt8>) -> Bool {
        var braces = 0
        var afterBraces = false
        for byte in bytes {
            if byte == UInt8(ascii: "{") {
                braces += 1
                afterBraces = braces >= 2
                continue
            }
            braces = 0
            if afterBraces {
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") { return true }
                if byte.isASCIIWhitespace || byte >= 0x80 { continue }
            }
            afterBraces = false
        }
        return false
    }

    /// The values of the `id="…"` attributes written in `text` (those without a tag in them).
    static func literalIDs(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        // Beyond ASCII, a character may be more than its bytes say (a combining mark after a
        // quote makes it another character); the pattern reads those texts.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.matches(of: idAttribute).map { String($0.1) } }
        let marker = Array("id=\"".utf8)
        var ids: [String] = []
        var position = 1
        while position + marker.count <= bytes.count {
            guard bytes[position - 1].isASCIIWhitespace, bytes[position..<(position + marker.count)].elementsEqual(marker) else {
                position += 1
                continue
            }
            var end = position + marker.count
            while end < bytes.count, ![UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}")].contains(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
                position += 1
                continue
            }
            ids.append(String(decoding: bytes[(position + marker.count)..<end], as: UTF8.self))
            // The next match's whitespace comes after this one's closing quote.
            position = end + 2
        }
        return ids
    }
}
