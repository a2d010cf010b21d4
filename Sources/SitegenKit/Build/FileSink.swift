import Foundation

/// Where a build hands each finished file, from several threads at once, as soon as it is
/// rendered: `build` stages it in the output directory's transaction, `check` collects it in
/// memory. Nothing holds the whole site, so memory does not grow with the pages' bytes.
struct FileSink: Sendable {
    let accept: @Sendable (OutputFile) throws -> Void
    /// Keeps a file of the previous build that this build would write again byte for byte
    /// (see `BuildReuse`), by its path, without its bytes.
    let keep: @Sendable (String) throws -> Void
    /// Takes a file made of pieces, in order, each made as it is read: a file as large as the
    /// site itself (the search index, the sitemap) is never held whole.
    let acceptPieces: @Sendable (_ path: String, _ pieces: AnySequence<Data>) throws -> Void

    /// Stages every file in `transaction`; with none (the build already failed), drops them.
    static func staging(into transaction: SiteTransaction?) -> FileSink {
        FileSink(accept: { file in try transaction?.stage(file) }, keep: { path in try transaction?.keep(path) },
                 acceptPieces: { path, pieces in try transaction?.stage(path, pieces: pieces) })
    }
}

/// Collects a site's files in memory, for `check` and the preview server.
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    /// Pages kept from an earlier build come with their bytes (`RebuildMemory`), so `keep` is
    /// never asked for one here.
    var sink: FileSink {
        let accept: @Sendable (OutputFile) -> Void = { [self] file in lock.withLock { files.append(file) } }
        return FileSink(accept: accept,
                        keep: { path in throw SiteWriteError("cannot keep \(path) without its bytes when the site is collected in memory") },
                        acceptPieces: { path, pieces in accept(OutputFile(path: path, data: pieces.reduce(into: Data()) { $0.append($1) })) })
    }

    /// The files in path order, so the result does not depend on thread scheduling.
    var sortedFiles: [OutputFile] {
        lock.withLock { files.sorted { $0.path < $1.path } }
    }
}
