/// The rules every path of a generated site must follow, checked before anything is written.
public enum OutputPath {
    /// The names sitegen keeps for itself at the top of the output directory.
    public static let manifestName = ".sitegen-manifest"
    public static let stagingName = ".sitegen-staging"

    /// Why `path` cannot be a file of the site, or `nil` when it can: it must be relative, stay
    /// inside the output directory, hold no control characters and not take sitegen's own names.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "the path is absolute" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the path contains a control character"
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "the path has an empty, '.' or '..' component"
        }
        if components.contains(where: { $0.utf8.count > 255 }) { return "a path component is longer than 255 bytes" }
        if components[0] == Substring(manifestName) || components[0] == Substring(stagingName) {
            return "the name is reserved for sitegen's own bookkeeping"
        }
        return nil
    }
}
