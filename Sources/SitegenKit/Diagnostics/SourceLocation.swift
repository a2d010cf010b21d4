/// A position in a source file, counted from 1 at the top of the file (front matter included).
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The path of the file as the user named it, for example `content/codes/303.md`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
