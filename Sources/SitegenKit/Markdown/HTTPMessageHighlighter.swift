/// Highlights the text of an `http` code block at build time: the start line (method, target,
/// version, status, reason), header names and values, and the body, as `<span>`s with classes
/// the stylesheet colours. A blank line followed by another status line starts a new message,
/// so interim responses (100, 103) shown before the final one are highlighted too.
enum HTTPMessageHighlighter {
    /// Whether the block shows a request or a response, read from its first line.
    enum Kind: String {
        case request = "Request"
        case response = "Response"
    }

    static func kind(of text: String) -> Kind? {
        let firstLine = text.prefix { $0 != "\n" }
        if firstLine.hasPrefix("HTTP/") { return .response }
        return requestLine(firstLine) != nil ? .request : nil
    }

    /// The block's text as escaped HTML with highlighting spans.
    static func highlight(_ text: String) -> String {
        var html = ""
        var inHeaders = true
        var atMessageStart = true
        var body: [Substring] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if !inHeaders, line.hasPrefix("HTTP/"), (body.last ?? "").isEmpty {
                html += bodyHTML(body)
                body = []
                inHeaders = true
                atMessageStart = true
            }
            guard inHeaders else {
                body.append(line)
                continue
            }
            if atMessageStart, let start = startLine(line) {
                html += start + "\n"
            } else if line.isEmpty {
                inHeaders = false
                html += "\n"
            } else if let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy(isTokenCharacter), colon != line.startIndex {
                html += span("http-name", line[..<colon]) + ":" + span("http-value", line[line.index(after: colon)...]) + "\n"
            } else {
                html += HTMLEscaping.escape(String(line)) + "\n"
            }
            atMessageStart = false
        }
        return html + bodyHTML(body)
    }

    /// Body lines as one span; blank lines that end it stay outside.
    private static func bodyHTML(_ lines: [Substring]) -> String {
        var content = lines
        var blankLines = 0
        while content.last == "" {
            content.removeLast()
            blankLines += 1
        }
        let text = content.joined(separator: "\n")
        return (text.isEmpty ? "" : span("http-body", text) + "\n") + String(repeating: "\n", count: blankLines)
    }

    private static func startLine(_ line: Substring) -> String? {
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            var html = span("http-version", parts[0])
            if parts.count > 1 { html += " " + span("http-status", parts[1]) }
            if parts.count > 2 { html += " " + span("http-reason", parts[2]) }
            return html
        }
        guard let parts = requestLine(line) else { return nil }
        var html = span("http-method", parts[0]) + " " + span("http-target", parts[1])
        if parts.count > 2 { html += " " + span("http-version", parts[2]) }
        return html
    }

    /// `METHOD target [HTTP/x]`, with an upper-case method token.
    private static func requestLine(_ line: Substring) -> [Substring]? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2].hasPrefix("HTTP/")),
              !parts[0].isEmpty, parts[0].allSatisfy({ $0.isUppercase && $0.isASCII }), !parts[1].isEmpty else { return nil }
        return parts
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "!#$%&'*+-.^_`|~".contains(character))
    }

    private static func span(_ cssClass: String, _ text: some StringProtocol) -> String {
        text.isEmpty ? "" : "<span class=\"\(cssClass)\">\(HTMLEscaping.escape(String(text)))</span>"
    }
}
