import Foundation

/// The record of the last successful build into one output directory, kept in `.sitegen-cache/`
/// in the working directory, so that a rebuild redoes only what changed.
///
/// It is two files. The state file (`build-HASH`, read first) holds the fingerprint of every input
/// file (content, `site.yml`, templates and assets) and of every file sitegen wrote, a key naming
/// this sitegen (its version and executable) and the options, and the page count and diagnostics
/// to report again. When every fingerprint still matches, the output directory already holds
/// exactly what a new build would write, so the build reports the recorded result and touches
/// nothing, having read only that file. Otherwise the parts file (`build-HASH.parts`) gives what
/// a build can reuse (`ReusableParts`: each Markdown file's document, each body's links and
/// headings, each page's key, the site data files' key): the pipeline runs, but unchanged files
/// are not parsed, unchanged bodies not rendered, and a page or site data file whose key and
/// output file are unchanged is not made or written again; every link and fragment is still checked.
/// A record made with other options is not used; a damaged file, or one written by another sitegen
/// (another version or another build of it), is ignored with a warning and replaced; deleting
/// `.sitegen-cache/` is always safe.
struct BuildCache {
    static let directoryName = ".sitegen-cache"

    /// What the state file holds.
    struct State {
        var key: String
        var pageCount: Int
        var inputs: [FileState]
        /// The files in the output directory, relative to it, manifest included.
        var outputs: [FileState]
        var diagnostics: [Diagnostic]
        /// The checksum of the parts file written with this state (`CacheFile`), which pairs them.
        var partsChecksum: UInt64
    }

    let fileSystem: any FileSystem
    let options: BuildOptions
    /// The state file for this output directory; the parts file is `partsPath`.
    let path: String
    let key: String
    /// The start of `key` that names this sitegen: a record whose key starts otherwise was written by another one.
    private let writer: String
    var partsPath: String { path + ".parts" }

    init(fileSystem: any FileSystem, workingDirectory: String, options: BuildOptions) {
        self.fileSystem = fileSystem
        self.options = options
        let output = fileSystem.absolutePath(options.outputDirectory)
        path = joinPath(workingDirectory, Self.directoryName, "build-" + ContentHash.hex(of: Data(output.utf8)))
        writer = "sitegen \(SitegenVersion.current) \(Self.executableFingerprint) "
        key = writer + [
            "content=\(fileSystem.absolutePath(options.contentDirectory))",
            "templates=\(fileSystem.absolutePath(options.templatesDirectory))",
            "output=\(output)", "base-url=\(options.baseURL ?? "-")", "strict=\(options.strict)",
        ].joined(separator: " ")
    }

    /// The running executable's fingerprint: a rebuilt sitegen may render differently under the same
    /// version, and only the sitegen that wrote the parts can read them (see `CompactEncoder`).
    private static let executableFingerprint: String = {
        // Linux names the running executable in /proc, which spares setting up `Bundle.main`
        // (a no-change build is mostly process start-up).
        let fingerprint = DiskFileSystem().fingerprint(of: "/proc/self/exe")
            ?? Bundle.main.executablePath.flatMap { DiskFileSystem().fingerprint(of: $0) }
        return fingerprint?.encoded ?? "unknown"
    }()

    /// The fingerprint of every input file, taken before any is read, in path order; `nil` when
    /// an input directory cannot be listed (the build itself then reports why).
    func fingerprintInputs() -> [FileState]? {
        var inputs: [FileState] = []
        for directory in [options.contentDirectory, options.templatesDirectory] {
            guard let files = try? fileSystem.files(under: directory) else { return nil }
            for (file, fingerprint) in zip(files, fileSystem.fingerprints(of: files, in: directory)) {
                guard let fingerprint else { return nil }
                inputs.append(FileState(path: joinPath(directory, file), fingerprint: fingerprint))
            }
        }
        return inputs
    }

    /// The inputs' fingerprints and the earlier build's record, read on other threads while the
    /// build takes the output directory's lock: the state file at once, and the parts file beside
    /// it as soon as the inputs differ from the recorded ones (a no-change build does not need
    /// it), or when asked for. Reading before the lock is safe: sitegen never writes the inputs,
    /// each cache file is replaced whole, the two are paired by checksum, and whatever the build
    /// keeps is checked against the output directory once the lock is held.
    final class Record: @unchecked Sendable {
        /// `fingerprintInputs()`.
        let inputs: BackgroundWork<[FileState]?>
        /// The recorded state, when it was made by this sitegen with these options, and a warning
        /// when the file is not a usable cache.
        let state: BackgroundWork<(state: State?, warning: String?)>
        private let cache: BuildCache
        private let lock = NSLock()
        private var reading: BackgroundWork<(parts: ReusableParts, warning: String?)>?

        fileprivate init(cache: BuildCache) {
            self.cache = cache
            inputs = BackgroundWork { cache.fingerprintInputs() }
            state = BackgroundWork { cache.readState() }
            // Nothing here waits on a thread of the shared pool, which could starve the work it waits for.
            state.whenDone { [inputs] state in
                inputs.whenDone { inputs in
                    guard let recorded = state.state, let inputs, recorded.inputs != inputs else { return }
                    self.startReadingParts()
                }
            }
        }

        /// Starts reading the parts file unless it was started; the state is read by then.
        func startReadingParts() {
            lock.withLock {
                guard reading == nil else { return }
                let (cache, state) = (cache, state)
                reading = BackgroundWork { cache.readParts(for: state.wait().state) }
            }
        }

        /// The parts the state can reuse (none without one), and a warning when the file is damaged.
        /// Asked for once the state is read.
        var parts: (parts: ReusableParts, warning: String?) {
            startReadingParts()
            return lock.withLock { reading! }.wait()
        }
    }

    /// Starts fingerprinting the inputs and reading the earlier build's record (see `Record`).
    func startReading() -> Record {
        Record(cache: self)
    }

    private func readState() -> (state: State?, warning: String?) {
        guard fileSystem.kind(of: path) != nil else { return (nil, nil) }
        let state: State
        switch read(path, kind: Self.stateKind, reading: State.init(reading:)) {
        case .value(let value): state = value
        case .unusable: return (nil, otherWriterWarning(path))
        case .damaged: return (nil, damagedWarning(path))
        }
        guard state.key == key else { return (nil, state.key.hasPrefix(writer) ? nil : otherWriterWarning(path)) }
        return (state, nil)
    }

    /// The parts file written with `state`.
    private func readParts(for state: State?) -> (parts: ReusableParts, warning: String?) {
        guard let state, fileSystem.kind(of: partsPath) != nil else { return (ReusableParts(), nil) }
        // A build has about as many documents, bodies and pages as files in its output.
        let reading = { try ReusableParts(reading: $0, expectedEntries: state.outputs.count) }
        switch read(partsPath, kind: Self.partsKind, checksum: state.partsChecksum, reading: reading) {
        case .value(let value): return (value, nil)
        case .unusable: return (ReusableParts(), nil)
        case .damaged: return (ReusableParts(), damagedWarning(partsPath))
        }
    }

    /// Whether no input changed since `state` was recorded and the output directory still holds
    /// exactly the files that build wrote.
    func isUpToDate(_ state: State, inputs: [FileState]) -> Bool {
        guard state.inputs == inputs else { return false }
        let outputs = fileSystem.fingerprints(of: state.outputs.map(\.path), in: options.outputDirectory)
        return outputs == state.outputs.map { .some($0.fingerprint) }
    }

    /// What a build with these inputs can reuse of the one `state` records (nothing without one):
    /// `parts` (see `Record`), of which a page or site data file is kept only when its output
    /// file is still exactly what the recorded build wrote. The parts the build leaves go to a new
    /// parts file as it runs, which `save` installs.
    func reuse(of state: State?, parts: ReusableParts, inputs: [FileState]) -> BuildReuse {
        let written = state?.outputs ?? []
        let fingerprint = fileSystem.fingerprints(in: options.outputDirectory)
        return BuildReuse(parts, inputs: inputs, keepingPageBytes: false,
                               spool: PartsSpool(fileSystem: fileSystem, path: partsPath + ".tmp"), earlierOutputs: written) { path in
            // The list is in path order (see `outputFingerprints`): a search finds a path without
            // a table of every path, which a build would spend time making.
            guard let position = Self.position(of: path, in: written),
                  fingerprint(path) == written[position].fingerprint else { return nil }
            return position
        }
    }

    private func damagedWarning(_ file: String) -> String {
        "ignoring the build cache \(file): it is damaged or was not written by sitegen; it will be replaced"
    }

    private func otherWriterWarning(_ file: String) -> String {
        "ignoring the build cache \(file): another version or build of sitegen wrote it; it will be replaced"
    }

    /// Records a successful build whose inputs had `inputs` as fingerprints before they were read,
    /// and whose output directory now holds `files` (the manifest's list), with the parts `reuse`
    /// wrote. Best effort: a cache that cannot be written only makes the next build a full one.
    func save(inputs: [FileState], result: BuildResult, files: [String], reuse: BuildReuse) {
        guard let outputs = outputFingerprints(of: files, earlier: reuse.earlierOutputs, kept: reuse.outputsKept), let spool = reuse.spool,
              let partsChecksum = spool.finish(), (try? fileSystem.move(spool.path, to: partsPath)) != nil else {
            try? fileSystem.removeFile(path)
            return
        }
        // An input changed too recently to be sure it will not change again unseen is left out,
        // so the next build cannot skip everything.
        let settled = inputs.filter { !BuildReuse.isRecent($0.fingerprint) }
        let state = State(key: key, pageCount: result.pageCount, inputs: settled, outputs: outputs,
                          diagnostics: result.diagnostics, partsChecksum: partsChecksum)
        let output = CompactOutput()
        state.write(to: output)
        let pending = path + ".tmp"
        do {
            try fileSystem.write(CacheFile.file(Self.stateKind, payload: output.bytes), to: pending)
            try fileSystem.move(pending, to: path)
        } catch {
            try? fileSystem.removeFile(pending)
            try? fileSystem.removeFile(path)
        }
    }

    /// Every file of the site (`files`, in path order) and the manifest, with their fingerprints;
    /// `earlier` is the list of outputs the earlier build recorded, of which those flagged in
    /// `kept` were kept untouched by this build after they were checked with their fingerprints there.
    private func outputFingerprints(of files: [String], earlier: [FileState], kept: [Bool]) -> [FileState]? {
        var paths = files
        paths.insert(OutputPath.manifestName, at: paths.firstIndex { $0 > OutputPath.manifestName } ?? paths.endIndex)
        // Both lists are in path order, so one walk pairs each file with its earlier entry.
        var known: [FileFingerprint?] = []
        known.reserveCapacity(paths.count)
        var next = 0
        for path in paths {
            while next < earlier.count, earlier[next].path < path { next += 1 }
            let isKept = next < earlier.count && next < kept.count && kept[next] && earlier[next].path == path
            known.append(isKept ? earlier[next].fingerprint : nil)
        }
        let fingerprint = fileSystem.fingerprints(in: options.outputDirectory)
        let fingerprints = ConcurrentMap.map(Array(paths.indices)) { [known, paths] position in
            known[position] ?? fingerprint(paths[position])
        }
        var outputs: [FileState] = []
        outputs.reserveCapacity(paths.count)
        for (file, fingerprint) in zip(paths, fingerprints) {
            guard let fingerprint else { return nil }
            outputs.append(FileState(path: file, fingerprint: fingerprint))
        }
        return outputs
    }

    /// Where `path` is in `outputs`, which is in path order.
    static func position(of path: String, in outputs: [FileState]) -> Int? {
        var low = 0
        var high = outputs.count
        while low < high {
            let middle = (low + high) / 2
            if outputs[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < outputs.count && outputs[low].path == path ? low : nil
    }

    // MARK: Files

    static let stateKind = "state"
    static let partsKind = "parts"

    /// Reads one file of the cache; with `checksum`, only the file with that checksum is usable.
    private func read<Value>(_ file: String, kind: String, checksum: UInt64? = nil,
                             reading: (CompactInput) throws -> Value) -> CacheFile.Reading<Value> {
        guard let data = try? fileSystem.contents(of: file) else { return .damaged }
        return CacheFile.decode([UInt8](data), kind: kind, checksum: checksum, reading: reading)
    }
}

extension BuildCache.State: CacheFileContents {
    func write(to output: CompactOutput) {
        output.string(key)
        output.signed(Int64(pageCount))
        output.array(inputs)
        output.array(outputs)
        output.array(diagnostics)
        output.fixed(partsChecksum, byteCount: 8)
    }

    init(reading input: CompactInput) throws {
        self.init(key: try input.string(), pageCount: try input.integer(input.signed()), inputs: try input.array(of: FileState.self),
                  outputs: try input.array(of: FileState.self), diagnostics: try input.array(of: Diagnostic.self),
                  partsChecksum: try input.fixed(byteCount: 8))
        try input.finish()
    }
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
    init(unchangedSince state: BuildCache.State) {
        var summary = SiteWriter.Summary()
        summary.unchanged = state.outputs.count - 1 // the manifest is not a file of the site
        self.init(pageCount: state.pageCount, files: [], diagnostics: state.diagnostics, writeSummary: summary, fromCache: true)
    }
}
