/// One problem found in the input, printed compiler-style:
/// `content/codes/303.md:4:7: error: unknown related code 309`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        /// Worth knowing about the output, but nothing in the input is wrong; `--strict` leaves notes alone.
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
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

    /// One diagnostic is one line: control characters in a file name or quoted value are shown
    /// escaped (`\\n`, `\\u{1B}`) so they cannot split the line or drive the terminal.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public var description: String {
        let prefix = location.map { "\(Self.printable($0.file)):\($0.line):\($0.column): " } ?? "sitegen: "
        return "\(prefix)\(severity.rawValue): \(Self.printable(message))"
    }
}
