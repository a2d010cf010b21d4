import ArgumentParser
import Foundation
import SitegenKit

/// Prints diagnostics compiler-style on standard error and maps failure to exit status 1.
enum Report {
    static func run(_ body: () throws -> BuildResult) throws -> BuildResult {
        do {
            return try body()
        } catch let error as BuildFailure {
            printDiagnostics(error.diagnostics)
            let errors = error.diagnostics.count { $0.severity == .error }
            printError("sitegen: \(errors) error\(errors == 1 ? "" : "s"); nothing was written")
            throw ExitCode.failure
        }
    }

    static func printSummary(_ text: String, result: BuildResult, started: ContinuousClock.Instant) {
        printDiagnostics(result.diagnostics)
        let milliseconds = started.duration(to: .now).milliseconds
        let warnings = result.diagnostics.count { $0.severity == .warning }
        print("sitegen: \(text) in \(milliseconds) ms" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
    }

    private static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
