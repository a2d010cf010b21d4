/// The rules every path of a generated site must follow, checked before anything is written.
public enum OutputPath {
    /// The names sitegen keeps for itself at the top of the output directory.
    public static let manifestName = ".sitegen-manifest"
    public static let stagingName = ".sitegen-staging"

    /// Why `path` cannot be a file of the site, or `nil` when it can: it must be relative, stay
    /// inside the output directory, hold no control characters and not take sitegen's own names.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        // Every page's path is checked, often twice: plain ASCII, by far the usual, is read in bytes.
        if path.isPlainASCII {
            var path = path
            return path.withUTF8(asciiProblem)
        }
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

    /// `problem(with:)` for a non-empty path of plain ASCII (see `String.isPlainASCII`), where
    /// bytes are characters: the same checks in the same order, without splitting the path, over
    /// the bytes in memory (a manifest of thousands of paths is checked on every build).
    private static func asciiProblem(with path: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/")
        if path.first == slash { return "the path is absolute" }
        if path.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "the path contains a control character" }
        var hasDotOrEmptyComponent = false
        var hasLongComponent = false
        var firstComponent: Slice<UnsafeBufferPointer<UInt8>>?
        var start = path.startIndex
        while true {
            let end = path[start...].firstIndex(of: slash) ?? path.endIndex
            let component = path[start..<end]
            if component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) {
                hasDotOrEmptyComponent = true
            }
            if component.count > 255 { hasLongComponent = true }
            if firstComponent == nil { firstComponent = component }
            guard end != path.endIndex else { break }
            start = path.index(after: end)
        }
        if hasDotOrEmptyComponent { return "the path has an empty, '.' or '..' component" }
        if hasLongComponent { return "a path component is longer than 255 bytes" }
        if let first = firstComponent, first.elementsEqual(manifestName.utf8) || first.elementsEqual(stagingName.utf8) {
            return "the name is reserved for sitegen's own bookkeeping"
        }
        return nil
    }
}
