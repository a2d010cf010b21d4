/// Reads a status code written as a heading-structured document without front matter:
///
///     # 303 See Other
///     > https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4
///     **Family:** 3xx Redirection
///     ## Rationale / ## In Plain Terms / ## Description / ...
///
/// Sections that map onto the model (Rationale, In Plain Terms, Related Codes, Common Headers)
/// become fields and are blanked out of the body; every other section stays in the body.
enum HeadingDocumentReader {
    /// Whether `text` starts with a `# NNN Title` heading, the mark of this shape.
    /// Scans bytes once: `#`, blanks, three digits, blanks, then some text. (A regular expression
    /// with lazy and greedy blanks here backtracked for seconds on a line of spaces.)
    static func matches(_ text: String) -> Bool {
        var bytes = text.utf8.prefix { $0 != UInt8(ascii: "\n") }[...]
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
        guard bytes.popFirst() == UInt8(ascii: "#") else { return false }
        let afterHash = bytes.count
        bytes = bytes.drop(while: isBlank)
        guard bytes.count < afterHash, bytes.count >= 3,
              bytes.prefix(3).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
        bytes = bytes.dropFirst(3)
        let afterDigits = bytes.count
        bytes = bytes.drop(while: isBlank)
        return bytes.count < afterDigits && bytes.contains { !isBlank($0) && $0 != UInt8(ascii: "#") }
    }

    /// The patterns the reader matches, compiled once: a regex literal in a function is built anew on every call.
    private enum Patterns {
        /// `303 See Other`, the title heading's text.
        nonisolated(unsafe) static let title = /(\d{3})\s+(.+)/
        nonisolated(unsafe) static let url = /https?:\/\/\S+/
        /// `Family: 3xx Redirection`.
        nonisolated(unsafe) static let family = /^Family:\s*(\d)xx/
        /// A link target ending in a code: `/docs/302.md`, `/302`, `302.md#usage`.
        nonisolated(unsafe) static let linkedCode = /(\d{3})(?:\.md)?\/?(?:#.*)?$/
        /// A list item that starts with a code.
        nonisolated(unsafe) static let leadingCode = /^\s*(\d{3})\b/
        /// A header name at the start of a list item, as in `Retry-After - when`.
        nonisolated(unsafe) static let headerName = /[A-Za-z][A-Za-z0-9-]*/
    }

    static func read(_ source: SourceFile, log: inout DiagnosticLog) -> CodeDocument? {
        let tree = CmarkTree(markdown: source.text, options: MarkdownOptions())
        let blocks = tree.root.children
        guard let titleBlock = blocks.first, titleBlock.kind == .heading, titleBlock.headingLevel == 1,
              let match = titleBlock.plainText.wholeMatch(of: Patterns.title), let code = Int(match.1) else {
            log.error("expected the file to start with a heading such as '# 303 See Other'", at: source.start)
            return nil
        }
        let codeLocation = source.location(line: titleBlock.startPosition.line, column: 3)
        guard (100...599).contains(code) else {
            log.error("code \(code) is out of range; status codes run from 100 to 599", at: codeLocation)
            return nil
        }
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func blank(_ range: ClosedRange<Int>) {
            for line in range where line >= 1 && line <= lines.count { lines[line - 1] = "" }
        }
        func lastLine(before index: Int) -> Int {
            index < blocks.count ? blocks[index].startPosition.line - 1 : lines.count
        }
        blank(titleBlock.startPosition.line...titleBlock.endLine)

        var document = CodeDocument(
            code: Located(code, at: codeLocation), title: String(match.2), summary: nil, plain: nil,
            status: .registered, origin: nil, isProposal: false, specs: [], formerTitles: [], headers: [],
            related: [], references: [], template: "code", source: source, body: ""
        )
        var index = 1
        // The preamble before the first section: a quoted source URL and a family line.
        while index < blocks.count, !(blocks[index].kind == .heading && blocks[index].headingLevel <= 2) {
            let block = blocks[index]
            let text = block.plainText
            if block.kind == .blockQuote, let url = text.firstMatch(of: Patterns.url) {
                document.specs.append(SpecLink(url: String(url.0)))
                blank(block.startPosition.line...block.endLine)
            } else if let family = text.firstMatch(of: Patterns.family) {
                if Int(family.1) != code / 100 {
                    log.error("'Family: \(family.1)xx' does not match code \(code), which belongs to the \(code / 100)xx family",
                              at: source.location(line: block.startPosition.line, column: block.startPosition.column))
                }
                blank(block.startPosition.line...block.endLine)
            }
            index += 1
        }
        // Sections, each running to the next heading of the same or a higher level.
        for (position, block) in blocks.enumerated() where block.kind == .heading && block.headingLevel >= 2 {
            let level = block.headingLevel
            let end = blocks[(position + 1)...].firstIndex { $0.kind == .heading && $0.headingLevel <= level } ?? blocks.count
            let content = Array(blocks[(position + 1)..<end])
            let range = block.startPosition.line...max(block.startPosition.line, lastLine(before: end))
            switch (level, block.plainText.lowercased()) {
            case (2, "rationale"):
                document.summary = joinedText(content)
            case (2, "in plain terms"):
                document.plain = joinedText(content)
            case (2, "related codes"):
                document.related = relatedCodes(in: content, source: source)
            case (3, "common headers"):
                document.headers = headerNames(in: content)
            default:
                continue
            }
            blank(range)
        }
        document.body = lines.joined(separator: "\n")
        return document
    }

    private static func joinedText(_ blocks: [CmarkNode]) -> String? {
        let text = blocks.map(\.plainText).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Codes named by the links in the section (`/docs/302.md`, `/302`), or by items that start with a code.
    private static func relatedCodes(in blocks: [CmarkNode], source: SourceFile) -> [Located<Int>] {
        var codes: [Located<Int>] = []
        for block in blocks {
            for item in block.children {
                let position = item.startPosition
                let location = source.location(line: position.line, column: position.column)
                let linked = CmarkTreeWalk.descendants(of: item).compactMap { $0.kind == .link ? $0.url : nil }
                    .compactMap { $0.firstMatch(of: Patterns.linkedCode).flatMap { Int($0.1) } }
                let named = item.plainText.firstMatch(of: Patterns.leadingCode).flatMap { Int($0.1) }
                for code in linked.isEmpty ? [named].compactMap({ $0 }) : linked
                    where !codes.contains(where: { $0.value == code }) {
                    codes.append(Located(code, at: location))
                }
            }
        }
        return codes
    }

    /// Header names from list items such as "`Location`: where to go next" or "Retry-After - when".
    private static func headerNames(in blocks: [CmarkNode]) -> [String] {
        blocks.flatMap(\.children).compactMap { item in
            if let code = CmarkTreeWalk.descendants(of: item).first(where: { $0.kind == .code })?.literal { return code }
            return item.plainText.firstMatch(of: Patterns.headerName).map { String($0.0) }
        }
    }
}
