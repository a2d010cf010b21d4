import Foundation

/// A file split into its YAML front matter and its Markdown body.
///
/// The body keeps the file's line numbering: the front-matter lines are replaced by empty
/// lines, so a line reported by the Markdown parser is the line in the file.
struct FrontMatter {
    /// The YAML text between the `---` lines, or `nil` when the file has no front matter.
    var yaml: String?
    /// How many file lines come before the first YAML line (1 for the opening `---`).
    var yamlLineOffset: Int
    /// The file's text, where its body starts, and how many lines come before that.
    private let text: String
    private let bodyStart: String.Index
    private let linesBeforeBody: Int

    /// The body, made when asked: loading a plain page reads only its front matter, and its body
    /// is read again when the page is rendered (see `PlainPageBody`).
    var body: String {
        // One empty line for each line up to the closing one keeps the body's line numbers.
        linesBeforeBody == 0 ? text : String(repeating: "\n", count: linesBeforeBody) + text[bodyStart...]
    }

    /// Splits `source`. A file that opens with `---` must close its front matter with another
    /// `---` line; anything else is reported in `log`. Lines are found by scanning bytes, so
    /// only the front matter is looked at, never the whole body.
    static func split(_ source: SourceFile, log: inout DiagnosticLog) -> FrontMatter? {
        let text = source.text
        var lines = LineCursor(text.utf8)
        guard let opening = lines.next(), isDelimiter(text.utf8[opening]) else {
            return FrontMatter(yaml: nil, yamlLineOffset: 0, text: text, bodyStart: text.startIndex, linesBeforeBody: 0)
        }
        var lineIndex = 1
        while let line = lines.next() {
            if isDelimiter(text.utf8[line]) {
                // The YAML lines lie between the two delimiter lines, without the newline that ends the last.
                let yaml = lineIndex == 1 ? "" : String(text[text.utf8.index(after: opening.upperBound)..<text.utf8.index(before: line.lowerBound)])
                return FrontMatter(yaml: yaml, yamlLineOffset: 1, text: text, bodyStart: line.upperBound, linesBeforeBody: lineIndex)
            }
            lineIndex += 1
        }
        log.error("front matter opened with '---' on line 1 is never closed; add a line with only '---' after the last key",
                  at: source.start)
        return nil
    }

    /// `---`, optionally surrounded by whitespace (and a stray carriage return).
    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var trimmed = line
        while let first = trimmed.first, isBlank(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isBlank(last) { trimmed.removeLast() }
        if trimmed.elementsEqual("---".utf8) { return true }
        // Rare: non-ASCII on the line, where Unicode spaces also count as whitespace.
        guard trimmed.contains(where: { $0 >= 0x80 }) else { return false }
        return Substring(line).trimmingCharacters(in: .whitespaces.union(["\r"])) == "---"
    }
}

/// Walks the lines of UTF-8 text as `split(separator: "\n")` would, empty last line included,
/// yielding each line's range without its `\n`.
private struct LineCursor {
    let text: String.UTF8View
    var position: String.Index
    var finished = false

    init(_ text: String.UTF8View) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Range<String.Index>? {
        guard !finished else { return nil }
        guard let newline = text[position...].firstIndex(of: UInt8(ascii: "\n")) else {
            finished = true
            return position..<text.endIndex
        }
        defer { position = text.index(after: newline) }
        return position..<newline
    }
}
