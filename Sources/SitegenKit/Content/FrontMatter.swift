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
    var body: String

    /// Splits `source`. A file that opens with `---` must close its front matter with another
    /// `---` line; anything else is reported in `log`.
    static func split(_ source: SourceFile, log: inout DiagnosticLog) -> FrontMatter? {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else {
            return FrontMatter(yaml: nil, yamlLineOffset: 0, body: source.text)
        }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            log.error("front matter opened with '---' on line 1 is never closed; add a line with only '---' after the last key",
                      at: source.start)
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let blanked = Array(repeating: "", count: closing + 1) + lines[(closing + 1)...].map(String.init)
        return FrontMatter(yaml: yaml, yamlLineOffset: 1, body: blanked.joined(separator: "\n"))
    }

    private static func isDelimiter<S: StringProtocol>(_ line: S) -> Bool {
        line.trimmingCharacters(in: .whitespaces.union(["\r"])) == "---"
    }
}
