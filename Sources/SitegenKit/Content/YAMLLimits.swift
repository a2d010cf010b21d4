/// Cheap textual checks on YAML before the YAML library sees it.
enum YAMLLimits {
    /// Each alias can at most double what a document expands to, so 16 keep the worst case near
    /// 65,000 nodes; front matter rarely needs one. (The library hashes whole keys, so a "billion
    /// laughs" alias bomb would otherwise hang the build inside it.)
    static let maximumAliases = 16

    /// The position (line and column from 1) of the first alias beyond the limit. An alias is a `*`
    /// where a value starts (after `: `, `- `, `[`, `{`, `,`, `? ` or indentation) followed by a name;
    /// counting a `*` in prose by mistake only makes this stricter.
    static func aliasBeyondLimit(in yaml: String) -> (line: Int, column: Int)? {
        var count = 0
        var line = 1
        var column = 0
        var previousSignificant: UInt8 = UInt8(ascii: "\n")
        var previous: UInt8 = UInt8(ascii: "\n")
        for byte in yaml.utf8 {
            column += 1
            if byte == UInt8(ascii: "*"), isValueStart(previous: previous, significant: previousSignificant) {
                count += 1
                if count > maximumAliases { return (line, column) }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                previousSignificant = byte
            } else if byte != UInt8(ascii: " ") {
                previousSignificant = byte
            }
            previous = byte
        }
        return nil
    }

    private static func isValueStart(previous: UInt8, significant: UInt8) -> Bool {
        let openers: [UInt8] = Array("[{,".utf8)
        if openers.contains(previous) { return true }
        guard previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") else { return false }
        return (Array(":-?\n".utf8) + openers).contains(significant)
    }

    /// The lines (from 1) on which `key` starts a mapping entry, as in `title:` or `"title":`.
    static func lines(startingWithKey key: String, in yaml: String) -> [Int] {
        var result: [Int] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(spelling + ":") {
                result.append(index + 1)
            }
        }
        return result
    }
}
