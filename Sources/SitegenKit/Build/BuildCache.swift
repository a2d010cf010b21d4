import Foundation

/// The record of the last successful build into one output directory, kept in `.sitegen-cache/`
/// in the working directory, so that a build with nothing changed costs a walk of the inputs.
///
/// It holds the fingerprint of every input file (content, `site.yml`, templates and assets) and of
/// every file sitegen wrote, a key naming this sitegen (its version and executable) and the
/// options, and the page count and diagnostics to report again. When every fingerprint still
/// matches, the output directory already holds exactly what a new build would write, so the build
/// reports the recorded result and touches nothing. Anything else (a changed, new or deleted
/// input, an edited output, another sitegen, other options) runs the whole pipeline, which checks
/// every link and fragment again. A damaged or foreign cache file is ignored with a warning and
/// replaced; deleting `.sitegen-cache/` is always safe.
struct BuildCache {
    static let directoryName = ".sitegen-cache"
    private static let header = "sitegen-build-cache 1"
    /// Inputs changed this recently may change again within the file system's timestamp
    /// granularity without their fingerprint changing, so a build that read one is not recorded.
    private static let settleTime: Int64 = 50_000_000

    /// What a successful build left behind.
    struct Record: Equatable {
        var key: String
        var pageCount: Int
        var inputs: [String: FileFingerprint]
        /// The files in the output directory, relative to it, manifest included.
        var outputs: [String: FileFingerprint]
        var diagnostics: [Diagnostic]
    }

    let fileSystem: any FileSystem
    let options: BuildOptions
    /// The cache file for this output directory.
    let path: String
    let key: String

    init(fileSystem: any FileSystem, workingDirectory: String, options: BuildOptions) {
        self.fileSystem = fileSystem
        self.options = options
        let output = fileSystem.absolutePath(options.outputDirectory)
        path = joinPath(workingDirectory, Self.directoryName, "build-" + ContentHash.hex(of: Data(output.utf8)))
        key = [
            "sitegen \(SitegenVersion.current) \(Self.executableFingerprint)",
            "content=\(fileSystem.absolutePath(options.contentDirectory))",
            "templates=\(fileSystem.absolutePath(options.templatesDirectory))",
            "output=\(output)", "base-url=\(options.baseURL ?? "-")", "strict=\(options.strict)",
        ].joined(separator: " ")
    }

    /// The running executable's fingerprint: a rebuilt sitegen may render differently under the same version.
    private static let executableFingerprint: String = {
        guard let executable = Bundle.main.executablePath,
              let fingerprint = DiskFileSystem().fingerprint(of: executable) else { return "unknown" }
        return fingerprint.encoded
    }()

    /// The fingerprint of every input file, taken before any is read; `nil` when an input
    /// directory cannot be listed (the build itself then reports why).
    func fingerprintInputs() -> [String: FileFingerprint]? {
        var inputs: [String: FileFingerprint] = [:]
        for directory in [options.contentDirectory, options.templatesDirectory] {
            guard let files = try? fileSystem.files(under: directory) else { return nil }
            for file in files {
                let full = joinPath(directory, file)
                guard let fingerprint = fileSystem.fingerprint(of: full) else { return nil }
                inputs[full] = fingerprint
            }
        }
        return inputs
    }

    /// The recorded build, when it was made by this sitegen with these options and the output
    /// directory still holds exactly the files it wrote. A file that is not a usable cache gives a warning.
    func lookup(inputs: [String: FileFingerprint]) -> (record: Record?, warning: String?) {
        guard fileSystem.kind(of: path) != nil else { return (nil, nil) }
        guard let data = try? fileSystem.contents(of: path), let record = Self.decode(data) else {
            return (nil, "ignoring the build cache \(path): it is damaged or was not written by sitegen; it will be replaced")
        }
        guard record.key == key, record.inputs == inputs else { return (nil, nil) }
        for (file, fingerprint) in record.outputs
        where fileSystem.fingerprint(of: joinPath(options.outputDirectory, file)) != fingerprint {
            return (nil, nil)
        }
        return (record, nil)
    }

    /// Records a successful build whose inputs had `inputs` as fingerprints before they were read.
    /// Best effort: a cache that cannot be written only makes the next build a full one.
    func save(inputs: [String: FileFingerprint], result: BuildResult) {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        guard !inputs.values.contains(where: { $0.modified > now - Self.settleTime }),
              let outputs = outputFingerprints() else {
            try? fileSystem.removeFile(path)
            return
        }
        let record = Record(key: key, pageCount: result.pageCount, inputs: inputs, outputs: outputs, diagnostics: result.diagnostics)
        let pending = path + ".tmp"
        do {
            try fileSystem.write(Self.encode(record), to: pending)
            try fileSystem.move(pending, to: path)
        } catch {
            try? fileSystem.removeFile(pending)
        }
    }

    /// Every file the manifest lists, and the manifest itself.
    private func outputFingerprints() -> [String: FileFingerprint]? {
        let manifestPath = joinPath(options.outputDirectory, OutputPath.manifestName)
        guard let manifest = try? fileSystem.contents(of: manifestPath) else { return nil }
        var outputs: [String: FileFingerprint] = [:]
        for file in Manifest.decode(Array(manifest)) + [OutputPath.manifestName] {
            guard let fingerprint = fileSystem.fingerprint(of: joinPath(options.outputDirectory, file)) else { return nil }
            outputs[file] = fingerprint
        }
        return outputs
    }

    // MARK: File format

    /// One record per line, tab-separated fields escaped as in the manifest (so no field holds a
    /// tab or newline); the last line is `end`, so a cut-off file is recognised as damaged.
    static func encode(_ record: Record) -> Data {
        var lines = [header, "key\t" + escape(record.key), "pages\t\(record.pageCount)"]
        lines += record.inputs.sorted { $0.key < $1.key }.map { "in\t\($0.value.encoded)\t\(escape($0.key))" }
        lines += record.outputs.sorted { $0.key < $1.key }.map { "out\t\($0.value.encoded)\t\(escape($0.key))" }
        for diagnostic in record.diagnostics {
            let location = diagnostic.location.map { "\($0.line)\t\($0.column)\t\(escape($0.file))" } ?? "-\t-\t-"
            lines.append("diag\t\(diagnostic.severity.rawValue)\t\(location)\t\(escape(diagnostic.message))")
        }
        lines.append("end")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func decode(_ data: Data) -> Record? {
        guard let text = String(data: data, encoding: .utf8), text.hasSuffix("\nend\n") else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)[...]
        guard lines.popFirst() == header[...] else { return nil }
        var record = Record(key: "", pageCount: -1, inputs: [:], outputs: [:], diagnostics: [])
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("key", 2):
                guard let key = unescape(fields[1]) else { return nil }
                record.key = key
            case ("pages", 2):
                guard let count = Int(fields[1]) else { return nil }
                record.pageCount = count
            case ("in", 3), ("out", 3):
                guard let fingerprint = FileFingerprint(encoded: fields[1]), let file = unescape(fields[2]) else { return nil }
                if fields[0] == "in" { record.inputs[file] = fingerprint } else { record.outputs[file] = fingerprint }
            case ("diag", 6):
                guard let severity = Diagnostic.Severity(rawValue: String(fields[1])), let message = unescape(fields[5]) else { return nil }
                var location: SourceLocation?
                if fields[2] != "-" {
                    guard let line = Int(fields[2]), let column = Int(fields[3]), let file = unescape(fields[4]) else { return nil }
                    location = SourceLocation(file: file, line: line, column: column)
                }
                record.diagnostics.append(Diagnostic(severity, message, at: location))
            default:
                return nil
            }
        }
        return record.pageCount >= 0 && !record.key.isEmpty ? record : nil
    }

    private static func escape(_ text: String) -> String {
        String(decoding: Manifest.encodeLine(text), as: UTF8.self)
    }

    private static func unescape(_ field: Substring) -> String? {
        Manifest.decodeLine(Array(field.utf8)[...])
    }
}

extension BuildResult {
    /// The result of a build that found the output directory already up to date.
    init(unchangedSince record: BuildCache.Record) {
        var summary = SiteWriter.Summary()
        summary.unchanged = record.outputs.count - 1 // the manifest is not a file of the site
        self.init(pageCount: record.pageCount, files: [], diagnostics: record.diagnostics, writeSummary: summary, fromCache: true)
    }
}
