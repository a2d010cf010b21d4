import Foundation

/// What a path names, without following a symbolic link at its last component.
public enum FileKind: Sendable, Equatable {
    case file, directory, symbolicLink, other
}

/// What a path names and how many bytes it holds, from one `lstat`.
public struct FileMetadata: Sendable, Equatable {
    public var kind: FileKind
    /// The size in bytes of a file; meaningless for other kinds.
    public var size: Int

    public init(kind: FileKind, size: Int) {
        self.kind = kind
        self.size = size
    }
}

/// The seam between sitegen and storage, so tests can build whole sites in memory.
/// Paths are plain strings joined with `/`.
///
/// The write side is small on purpose: the transactional `SiteWriter` needs only plain writes into
/// its private staging directory, renames, removals that never follow links, and a lock.
public protocol FileSystem: Sendable {
    func contents(of path: String) throws -> Data
    /// Every regular file below `directory`, as paths relative to it, sorted. A `directory` that is
    /// a symbolic link is followed; links below it are followed to files but never to directories.
    func files(under directory: String) throws -> [String]
    /// Every directory below `directory` (links not followed), as relative paths, sorted.
    func directories(under directory: String) throws -> [String]
    /// `files(under:)` and `directories(under:)` together, from one walk where the storage allows.
    func filesAndDirectories(under directory: String) throws -> (files: [String], directories: [String])
    func isDirectory(_ path: String) -> Bool
    func isFile(_ path: String) -> Bool
    /// What `path` is and its size, without following a link at its last component; `nil` when
    /// nothing is there.
    func metadata(of path: String) -> FileMetadata?
    /// Whether the regular file at `path` (never a link) holds exactly `data`. Callers compare
    /// sizes first (`metadata(of:)`), so only a file of the same size is read.
    func hasContents(_ data: Data, at path: String) -> Bool
    /// Whether the regular files at `path` and `other` (never links) hold the same bytes, read a
    /// piece at a time so that neither is held whole. Callers compare sizes first.
    func hasSameContents(_ path: String, as other: String) -> Bool
    /// The names directly inside `directory`.
    func entries(of directory: String) throws -> [String]
    /// The names of the real directories (not links to one) directly inside `directory`.
    func subdirectoryNames(of directory: String) throws -> [String]
    /// Creates or truncates the file at `path` and writes `data`, creating parent directories.
    /// Not atomic: the site writer only writes this way into its own staging directory.
    func write(_ data: Data, to path: String) throws
    /// Adds `data` at the end of the existing file at `path` (the build cache writes its parts
    /// file in pieces as a build makes them).
    func append(_ data: Data, to path: String) throws
    /// Creates `path` and any missing parents; succeeds if it is already a directory (not a link to one).
    func createDirectory(_ path: String) throws
    /// Renames `source` to `destination`, replacing a file (never a directory) that is there.
    func move(_ source: String, to destination: String) throws
    /// Removes a file or a symbolic link (never what the link points to).
    func removeFile(_ path: String) throws
    /// Removes `directory` if it is empty and says whether it did; does nothing otherwise.
    @discardableResult
    func removeDirectoryIfEmpty(_ directory: String) throws -> Bool
    /// Removes `path` and everything below it without following any symbolic link.
    func removeTree(_ path: String) throws
    /// Takes an exclusive advisory lock on `directory`, or returns `nil` when another process holds it.
    func lock(_ directory: String) throws -> DirectoryLock?
    /// Flushes written data of the file system holding `path` to stable storage (one call per build).
    func synchronize(_ path: String)
    /// The fingerprint of the file at `path` (following a link), or `nil` when there is none.
    func fingerprint(of path: String) -> FileFingerprint?
    /// `fingerprint(of:)` of files inside `directory`, by their paths relative to it, for taking
    /// many: the disk looks each one up from the directory rather than from the root.
    func fingerprints(in directory: String) -> @Sendable (String) -> FileFingerprint?
    /// Whether files can be created, renamed and removed in `directory` (or, when it does not
    /// exist yet, in the nearest existing folder above it, where it would be created).
    func canModifyEntries(in directory: String) -> Bool
    /// The absolute path with every symbolic link resolved, for the part of `path` that exists;
    /// the rest is appended normalised. Used to compare directories.
    func absolutePath(_ path: String) -> String
}

public extension FileSystem {
    /// What `path` is, without following a link at its last component; `nil` when nothing is there.
    func kind(of path: String) -> FileKind? {
        metadata(of: path)?.kind
    }

    func filesAndDirectories(under directory: String) throws -> (files: [String], directories: [String]) {
        (try files(under: directory), try directories(under: directory))
    }

    func subdirectoryNames(of directory: String) throws -> [String] {
        try entries(of: directory).filter { kind(of: joinPath(directory, $0)) == .directory }
    }

    func fingerprints(in directory: String) -> @Sendable (String) -> FileFingerprint? {
        { [self] path in fingerprint(of: joinPath(directory, path)) }
    }

    /// `fingerprint(of:)` of each path inside `directory`, in order, taken on all cores: a site
    /// has thousands of inputs and outputs.
    func fingerprints(of paths: [String], in directory: String) -> [FileFingerprint?] {
        let fingerprint = fingerprints(in: directory)
        return ConcurrentMap.map(paths) { fingerprint($0) }
    }
}

/// An exclusive lock held until `release()` is called or the lock is deallocated.
public final class DirectoryLock: @unchecked Sendable {
    private let lock = NSLock()
    private var releaseAction: (() -> Void)?

    public init(release: @escaping () -> Void) {
        releaseAction = release
    }

    public func release() {
        let action = lock.withLock { () -> (() -> Void)? in
            defer { releaseAction = nil }
            return releaseAction
        }
        action?()
    }

    deinit { releaseAction?() }
}

/// A failed file operation, naming the path and the reason the system gave.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The POSIX error number, when the failure came from the system.
    public var code: Int32?

    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    public var description: String { "\(path): \(reason)" }
}

/// Resolves `.` and `..` components and drops empty ones: `codes/../guides/x.md` is `guides/x.md`.
/// A `..` that would climb above the start is dropped.
public func normalizedPath(_ path: String) -> String {
    DotSegments.remove(from: path, climb: .dropped) ?? ""
}

/// The folder that holds `path`, for the relative, normalised paths inside a site
/// (`303/index.html` gives `303`; a top-level name gives "").
public func parentPath(of path: String) -> String {
    // Split on the byte, as the file system (and `OutputTree.folders(along:)`) does; a rebuild asks this of every page.
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
}

/// Joins path components with `/`, ignoring empty ones.
public func joinPath(_ parts: String...) -> String {
    var result = ""
    for part in parts where !part.isEmpty {
        if result.isEmpty || result.hasSuffix("/") { result += part } else { result += "/" + part }
    }
    return result
}
