/// The rules for a plain page's path (its content path without `.md`), which becomes its address:
/// `guides/retry-after` is published at `guides/retry-after/`.
enum PagePath {
    /// Characters that would change what the address means (`#`, `?`, `%`), break out of an
    /// attribute, or need escaping in a URL.
    private static let forbidden = Array("#?%\"'<>\\`{}|^[]".unicodeScalars)

    /// Why `path` cannot be a page address, or `nil` when it can.
    static func problem(with path: String) -> String? {
        // Every page's path is checked: plain ASCII, by far the usual, is read in bytes.
        if let problem = path.isPlainASCII ? asciiProblem(with: path.utf8) : unicodeProblem(with: path) { return problem }
        if let problem = OutputPath.problem(with: path + "/index.html") { return problem }
        return nil
    }

    /// The checks before `OutputPath`'s, for a path of plain ASCII (see `String.isPlainASCII`),
    /// where bytes are characters: the same checks in the same order, without splitting the path.
    private static func asciiProblem(with path: String.UTF8View) -> String? {
        var start = path.startIndex
        while true {
            let end = path[start...].firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
            let component = path[start..<end]
            if component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) {
                return "a file or folder name is empty, '.' or '..'; rename it"
            }
            guard end != path.endIndex else { break }
            start = path.index(after: end)
        }
        for byte in path {
            if byte < 0x20 || byte == 0x7F { return "it contains a control character; rename it" }
            if byte == UInt8(ascii: " ") { return "it contains a space; use hyphens instead, as in 'retry-after.md'" }
            if forbiddenBytes.contains(byte) {
                return "'\(Unicode.Scalar(byte))' cannot appear in a page address; rename the file without it"
            }
        }
        return nil
    }

    private static let forbiddenBytes = Set(forbidden.map { UInt8($0.value) })

    private static func unicodeProblem(with path: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "a file or folder name is empty, '.' or '..'; rename it"
        }
        for scalar in path.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                return "it contains a control character; rename it"
            }
            // The only ASCII white space that is not a control character is the space.
            if scalar.isASCII ? scalar == " " : scalar.properties.isWhitespace {
                return "it contains a space; use hyphens instead, as in 'retry-after.md'"
            }
            if scalar.isASCII, forbidden.contains(scalar) {
                return "'\(scalar)' cannot appear in a page address; rename the file without it"
            }
        }
        return nil
    }
}
