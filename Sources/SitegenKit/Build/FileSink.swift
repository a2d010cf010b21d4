import Foundation

/// Where a build hands each finished file, from several threads at once, as soon as it is
/// rendered: `build` stages it in the output directory's transaction, `check` collects it in
/// memory. Nothing holds the whole site, so memory does not grow with the pages' bytes.
struct FileSink: Sendable {
    let accept: @Sendable (OutputFile) throws -> Void
    /// Keeps a file of the previous build that this build would write again byte for byte
    /// (see `BuildReuse`), by its path, without its bytes.
    let keep: @Sendable (String) throws -> Void

    /// Stages every file in `transaction`; with none (the build already failed), drops them.
    static func staging(into transaction: SiteTransaction?) -> FileSink {
        FileSink(accept: { file in try transaction?.stage(file) }, keep: { path in try transaction?.keep(path) })
    }
}

/// Collects a site's files in memory, for `check` and the preview server.
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    /// Pages kept from an earlier build come with their bytes (`RebuildMemory`), so `keep` is
    /// never asked for one here.
    var sink: FileSink {
        FileSink(accept: { [self] file in lock.withLock { files.append(file) } },
                 keep: { path in throw SiteWriteError("cannot keep \(path) without its bytes when the site is collected in memory") })
    }

    /// The files in path order, so the result does not depend on thread scheduling.
    var sortedFiles: [OutputFile] {
        lock.withLock { files.sorted { $0.path < $1.path } }
    }
}
