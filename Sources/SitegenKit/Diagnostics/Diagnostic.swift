/// One problem found in the input, printed compiler-style:
/// `content/codes/303.md:4:7: error: unknown related code 309`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems that belong to no file (a missing directory, say).
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String {
        let prefix = location.map { "\($0.file):\($0.line):\($0.column): " } ?? "sitegen: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
