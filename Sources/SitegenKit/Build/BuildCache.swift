import Foundation

/// The record of the last successful build into one output directory, kept in `.sitegen-cache/`
/// in the working directory, so that a rebuild redoes only what changed.
///
/// It holds the fingerprint of every input file (content, `site.yml`, templates and assets) and of
/// every file sitegen wrote, a key naming this sitegen (its version and executable) and the
/// options, the page count and diagnostics to report again, and the parts a build can reuse
/// (`ReusableParts`: each Markdown file's document, each body's links and headings, each page's
/// key). When every fingerprint still matches, the output directory already holds exactly what a
/// new build would write, so the build reports the recorded result and touches nothing. Otherwise
/// the pipeline runs, but unchanged files are not parsed, unchanged bodies not rendered, and a page
/// whose key and output file are unchanged is not rendered or written; every link and fragment is
/// still checked. A record of another sitegen or other options is not used; a damaged or foreign
/// file is ignored with a warning and replaced; deleting `.sitegen-cache/` is always safe.
struct BuildCache {
    static let directoryName = ".sitegen-cache"
    /// The file's first bytes; the number changes with the format.
    private static let header = Array("sitegen-build-cache 3\n".utf8)
    /// How every version of the format starts: another version's file is not damaged, only not ours.
    private static let family = Array("sitegen-build-cache ".utf8)

    /// What a successful build left behind.
    struct Record {
        var key: String
        var pageCount: Int
        var inputs: [FileState]
        /// The files in the output directory, relative to it, manifest included.
        var outputs: [FileState]
        var diagnostics: [Diagnostic]
        var parts: ReusableParts
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

    /// The running executable's fingerprint: a rebuilt sitegen may render differently under the same
    /// version, and only the sitegen that wrote the parts can read them (see `CompactEncoder`).
    private static let executableFingerprint: String = {
        guard let executable = Bundle.main.executablePath,
              let fingerprint = DiskFileSystem().fingerprint(of: executable) else { return "unknown" }
        return fingerprint.encoded
    }()

    /// The fingerprint of every input file, taken before any is read, in path order; `nil` when
    /// an input directory cannot be listed (the build itself then reports why).
    func fingerprintInputs() -> [FileState]? {
        var inputs: [FileState] = []
        for directory in [options.contentDirectory, options.templatesDirectory] {
            guard let files = try? fileSystem.files(under: directory) else { return nil }
            let paths = files.map { joinPath(directory, $0) }
            for (path, fingerprint) in zip(paths, fileSystem.fingerprints(of: paths)) {
                guard let fingerprint else { return nil }
                inputs.append(FileState(path: path, fingerprint: fingerprint))
            }
        }
        return inputs
    }

    /// The recorded build, when it was made by this sitegen with these options; `upToDate` when
    /// no input changed and the output directory still holds exactly the files it wrote. A file
    /// that is not a usable cache gives a warning.
    func lookup(inputs: [FileState]) -> (record: Record?, upToDate: Bool, warning: String?) {
        guard fileSystem.kind(of: path) != nil else { return (nil, false, nil) }
        guard let data = try? fileSystem.contents(of: path), let record = Self.decode(data) else {
            if let data = try? fileSystem.contents(of: path), Self.isOtherVersion(data) { return (nil, false, nil) }
            return (nil, false, "ignoring the build cache \(path): it is damaged or was not written by sitegen; it will be replaced")
        }
        guard record.key == key else { return (nil, false, nil) }
        let upToDate = record.inputs == inputs && record.outputs.allSatisfy { output in
            fileSystem.fingerprint(of: joinPath(options.outputDirectory, output.path)) == output.fingerprint
        }
        return (record, upToDate, nil)
    }

    /// The parts of `record` (none without one) for a build with these inputs: a page is kept only
    /// when its output file is still exactly what the recorded build wrote.
    func reuse(of record: Record?, inputs: [FileState]) -> BuildReuse {
        let written = Dictionary((record?.outputs ?? []).map { ($0.path, $0.fingerprint) }) { $1 }
        let fileSystem = fileSystem
        let outputDirectory = options.outputDirectory
        return BuildReuse(record?.parts ?? ReusableParts(), inputs: Dictionary(inputs.map { ($0.path, $0.fingerprint) }) { $1 },
                          keepingPageBytes: false) { page in
            guard let recorded = written[page.outputPath],
                  fileSystem.fingerprint(of: joinPath(outputDirectory, page.outputPath)) == recorded else { return nil }
            return recorded
        }
    }

    /// Records a successful build whose inputs had `inputs` as fingerprints before they were read.
    /// Best effort: a cache that cannot be written only makes the next build a full one.
    func save(inputs: [FileState], result: BuildResult, reuse: BuildReuse) {
        guard let outputs = outputFingerprints(known: reuse.outputsKept) else {
            try? fileSystem.removeFile(path)
            return
        }
        // An input changed too recently to be sure it will not change again unseen is left out,
        // so the next build cannot skip everything.
        let settled = inputs.filter { !BuildReuse.isRecent($0.fingerprint) }
        let record = Record(key: key, pageCount: result.pageCount, inputs: settled, outputs: outputs,
                            diagnostics: result.diagnostics, parts: reuse.finish())
        let pending = path + ".tmp"
        do {
            try fileSystem.write(Self.encode(record), to: pending)
            try fileSystem.move(pending, to: path)
        } catch {
            try? fileSystem.removeFile(pending)
        }
    }

    /// Every file the manifest lists, and the manifest itself; files in `known` were kept
    /// untouched by this build after they were checked with those fingerprints.
    private func outputFingerprints(known: [String: FileFingerprint]) -> [FileState]? {
        let manifestPath = joinPath(options.outputDirectory, OutputPath.manifestName)
        guard let manifest = try? fileSystem.contents(of: manifestPath) else { return nil }
        var outputs: [FileState] = []
        for file in (Manifest.decode(Array(manifest)) + [OutputPath.manifestName]).sorted() {
            guard let fingerprint = known[file] ?? fileSystem.fingerprint(of: joinPath(options.outputDirectory, file)) else { return nil }
            outputs.append(FileState(path: file, fingerprint: fingerprint))
        }
        return outputs
    }

    // MARK: File format

    /// The header, the record in `CompactEncoder`'s form, and a hash of that, so that a file cut
    /// off or changed is recognised as damaged.
    static func encode(_ record: Record) throws -> Data {
        let payload = try CompactEncoder.encode(record)
        var data = Data(header)
        data.append(contentsOf: payload)
        withUnsafeBytes(of: ContentHash.value(of: Data(payload)).littleEndian) { data.append(contentsOf: $0) }
        return data
    }

    /// Written by a sitegen with another format, which this one replaces without a warning.
    static func isOtherVersion(_ data: Data) -> Bool {
        guard let newline = data.firstIndex(of: 0x0A) else { return false }
        let first = Array(data[...newline])
        return first.starts(with: family) && first != header
    }

    static func decode(_ data: Data) -> Record? {
        let bytes = [UInt8](data)
        guard bytes.count >= header.count + 8, bytes.starts(with: header) else { return nil }
        let payload = Array(bytes[header.count..<bytes.count - 8])
        let stored = bytes[(bytes.count - 8)...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let hash = payload.withUnsafeBytes { ContentHash.value(of: $0) }
        guard stored == hash else { return nil }
        return try? CompactDecoder.decode(Record.self, from: payload)
    }
}

extension BuildCache.Record: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(key)
        output.signed(Int64(pageCount))
        output.array(inputs)
        output.array(outputs)
        output.array(diagnostics)
        parts.write(to: output)
    }

    init(reading input: CompactInput) throws {
        self.init(key: try input.string(), pageCount: try input.integer(input.signed()), inputs: try input.array(of: FileState.self),
                  outputs: try input.array(of: FileState.self), diagnostics: try input.array(of: Diagnostic.self),
                  parts: try ReusableParts(reading: input))
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

/// One file and its fingerprint.
struct FileState: Equatable {
    var path: String
    var fingerprint: FileFingerprint
}

extension FileState: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(path)
        fingerprint.write(to: output)
    }

    init(reading input: CompactInput) throws {
        self.init(path: try input.string(), fingerprint: try FileFingerprint(reading: input))
    }

    func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension BuildResult {
    /// The result of a build that found the output directory already up to date.
    init(unchangedSince record: BuildCache.Record) {
        var summary = SiteWriter.Summary()
        summary.unchanged = record.outputs.count - 1 // the manifest is not a file of the site
        self.init(pageCount: record.pageCount, files: [], diagnostics: record.diagnostics, writeSummary: summary, fromCache: true)
    }
}
