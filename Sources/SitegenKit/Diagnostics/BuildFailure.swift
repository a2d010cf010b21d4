/// Thrown when a run found errors; carries every diagnostic of the run.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
