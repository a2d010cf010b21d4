/// Collects every problem of a run so that all of them are reported together.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// A log holding `diagnostics`, as an earlier build recorded them.
    init(recorded diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    public mutating func note(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.note, message, at: location))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The diagnostics in a stable order: by file, line and column, file-less ones first.
    /// The same problem found twice (one link in the output directory in the way of several
    /// pages, say) is reported once.
    public var sorted: [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Turns every warning into an error, for `--strict`.
    public mutating func promoteWarnings() {
        for index in diagnostics.indices where diagnostics[index].severity == .warning { diagnostics[index].severity = .error }
    }
}
