/// The rules for a plain page's path (its content path without `.md`), which becomes its address:
/// `guides/retry-after` is published at `guides/retry-after/`.
enum PagePath {
    /// Characters that would change what the address means (`#`, `?`, `%`), break out of an
    /// attribute, or need escaping in a URL.
    private static let forbidden = Array("#?%\"'<>\\`{}|^[]".unicodeScalars)

    /// Why `path` cannot be a page address, or `nil` when it can.
    static func problem(with path: String) -> String? {
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
        if let problem = OutputPath.problem(with: path + "/index.html") { return problem }
        return nil
    }
}
