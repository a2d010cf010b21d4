/// Highlights the text of an `http` code block at build time: the start line (method, target,
/// version, status, reason), header names and values, and the body, as `<span>`s with classes
/// the stylesheet colours. A blank line followed by another status line starts a new message,
/// so interim responses (100, 103) shown before the final one are highlighted too.
///
/// The text is read in `Character`s, so a delimiter that a combining mark joins to another
/// character (`:` followed by U+0301) is not a delimiter. Plain ASCII text, where every byte is
/// a `Character`, is read as bytes instead: the same reading, far cheaper.
enum HTTPMessageHighlighter {
    /// Whether the block shows a request or a response, read from its first line.
    enum Kind: String {
        case request = "Request"
        case response = "Response"
    }

    static func kind(of text: String) -> Kind? {
        text.isPlainASCII ? kind(in: text.utf8) : kind(in: text)
    }

    /// The block's text as escaped HTML with highlighting spans.
    static func highlight(_ text: String) -> String {
        text.isPlainASCII ? highlight(text.utf8, of: text) : highlight(text, of: text)
    }

    private static func kind<Units: TextUnits>(in units: Units) -> Kind? {
        let firstLine = units.prefix { $0.ascii != UInt8(ascii: "\n") }
        if hasVersionPrefix(firstLine) { return .response }
        return requestLine(firstLine) != nil ? .request : nil
    }

    /// `units` reads `text`; ranges of one are ranges of the other, since both index the same string.
    /// The markup is built as UTF-8 bytes, made a `String` once: dozens of small pieces per block
    /// cost far less appended to an array than to a string.
    private static func highlight<Units: TextUnits>(_ units: Units, of text: String) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(text.utf8.count * 3)
        var inHeaders = true
        var atMessageStart = true
        var body: [Units.SubSequence] = []
        var lines = units.split(omittingEmptySubsequences: false) { $0.ascii == UInt8(ascii: "\n") }
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            if !inHeaders, hasVersionPrefix(line), body.last?.isEmpty ?? true {
                appendBody(body, of: text, to: &html)
                body = []
                inHeaders = true
                atMessageStart = true
            }
            guard inHeaders else {
                body.append(line)
                continue
            }
            if atMessageStart, appendStartLine(line, of: text, to: &html) {
                html.append(newline)
            } else if line.isEmpty {
                inHeaders = false
                html.append(newline)
            } else if let colon = line.firstIndex(where: { $0.ascii == UInt8(ascii: ":") }), colon != line.startIndex,
                      line[..<colon].allSatisfy({ $0.ascii.map(isTokenByte) ?? false }) {
                appendSpan(nameSpan, text[line.startIndex..<colon], to: &html)
                html.append(UInt8(ascii: ":"))
                appendSpan(valueSpan, text[line.index(after: colon)..<line.endIndex], to: &html)
                html.append(newline)
            } else {
                HTMLEscaping.append(escaping: text[line.startIndex..<line.endIndex], to: &html)
                html.append(newline)
            }
            atMessageStart = false
        }
        appendBody(body, of: text, to: &html)
        return String(decoding: html, as: UTF8.self)
    }

    private static let newline = UInt8(ascii: "\n")

    /// Body lines as one span; blank lines that end it stay outside.
    private static func appendBody<Line: Collection>(_ lines: [Line], of text: String, to html: inout [UInt8]) where Line.Index == String.Index {
        var end = lines.endIndex
        while end > lines.startIndex, lines[end - 1].isEmpty { end -= 1 }
        if end > lines.startIndex {
            // Consecutive lines of one text: joined by their newlines, they are the text they span.
            appendSpan(bodySpan, text[lines[lines.startIndex].startIndex..<lines[end - 1].endIndex], to: &html)
            html.append(newline)
        }
        html.append(contentsOf: repeatElement(newline, count: lines.endIndex - end))
    }

    /// Appends the highlighted start line when `line` is one (`HTTP/1.1 200 OK`, `GET / HTTP/1.1`).
    private static func appendStartLine<Line: TextUnits>(_ line: Line, of text: String, to html: inout [UInt8]) -> Bool {
        if hasVersionPrefix(line) {
            let parts = line.split(maxSplits: 2, omittingEmptySubsequences: false) { $0.ascii == UInt8(ascii: " ") }
            for (position, (part, opening)) in zip(parts, statusLineSpans).enumerated() {
                if position > 0 { html.append(UInt8(ascii: " ")) }
                appendSpan(opening, text[part.startIndex..<part.endIndex], to: &html)
            }
            return true
        }
        guard let parts = requestLine(line) else { return false }
        for (position, (part, opening)) in zip(parts, requestLineSpans).enumerated() {
            if position > 0 { html.append(UInt8(ascii: " ")) }
            appendSpan(opening, text[part.startIndex..<part.endIndex], to: &html)
        }
        return true
    }

    /// The opening tags of a status line's and a request line's parts, made once rather than per line.
    private static let statusLineSpans = ["http-version", "http-status", "http-reason"].map(openingTag)
    private static let requestLineSpans = ["http-method", "http-target", "http-version"].map(openingTag)
    private static let nameSpan = openingTag("http-name")
    private static let valueSpan = openingTag("http-value")
    private static let bodySpan = openingTag("http-body")

    private static func openingTag(_ cssClass: String) -> [UInt8] {
        Array("<span class=\"\(cssClass)\">".utf8)
    }

    /// `METHOD target [HTTP/x]`, with an upper-case method token.
    private static func requestLine<Line: TextUnits>(_ line: Line) -> [Line.SubSequence]? {
        let parts = line.split(omittingEmptySubsequences: false) { $0.ascii == UInt8(ascii: " ") }
        guard parts.count == 2 || (parts.count == 3 && hasVersionPrefix(parts[2])),
              !parts[0].isEmpty, parts[0].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0.ascii ?? 0) }),
              !parts[1].isEmpty else { return nil }
        return parts
    }

    private static func hasVersionPrefix<Line: TextUnits>(_ line: Line) -> Bool {
        line.starts(with: "HTTP/".utf8) { $0.ascii == $1 }
    }

    /// The characters of an HTTP token (RFC 9110): letters, digits and `!#$%&'*+-.^_`|~`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Appends `text` escaped in a span that `opening` (one of the tags above) opens.
    private static func appendSpan(_ opening: [UInt8], _ text: Substring, to html: inout [UInt8]) {
        guard !text.isEmpty else { return }
        html.append(contentsOf: opening)
        HTMLEscaping.append(escaping: text, to: &html)
        html.append(contentsOf: "</span>".utf8)
    }
}
