import Foundation

/// Text that still has to be written: `sitegen new` marks every blank it leaves with `TODO:`,
/// and a content file containing the marker gets a warning (an error with `--strict`), so a
/// scaffold cannot be published unfinished by accident.
enum Placeholders {
    static let marker = "TODO:"

    static func report(in source: SourceFile, log: inout DiagnosticLog) {
        // This runs over every content file, and almost none has a placeholder.
        guard source.text.containsBytes(marker) else { return }
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: marker) else { continue }
            let column = line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1
            let excerpt = line[range.lowerBound...].prefix(60).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            log.warning("placeholder '\(excerpt)' left by sitegen new; replace it with real content",
                        at: source.location(line: index + 1, column: column))
        }
    }
}
