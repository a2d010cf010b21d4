import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through POSIX calls so every failure names its path and the system's reason,
/// and so nothing follows a symbolic link unless it is meant to.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func contents(of path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.failure(path) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: path, reason: "is a directory, not a file", code: EISDIR) }
        // Sized for the whole file plus one byte: a read that returns exactly the size `fstat`
        // reported has reached the end (one more would say so by returning more), which spares a
        // read that returns nothing. A file that grows meanwhile (or reports no size, like a pipe)
        // makes the buffer grow; one that shrinks is read until a read returns nothing.
        let size = max(Int(status.st_size), 0)
        var data = Data(count: size + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(data.count, 1 << 16) }
            let count = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path)
            }
            let atEnd = count == 0 || (filled == 0 && count == size && (status.st_mode & S_IFMT) == S_IFREG)
            filled += count
            if atEnd {
                data.count = filled
                return data
            }
        }
    }

    public func files(under directory: String) throws -> [String] {
        try filesAndDirectories(under: directory).files
    }

    public func directories(under directory: String) throws -> [String] {
        try filesAndDirectories(under: directory).directories
    }

    /// Every file and directory below `directory`, with an explicit stack so depth cannot
    /// overflow; an unreadable directory is an error naming it. The kind of an entry comes from
    /// the directory listing where the file system gives it, sparing a `stat` per entry.
    public func filesAndDirectories(under directory: String) throws -> (files: [String], directories: [String]) {
        var files: [String] = []
        var directories: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : joinPath(directory, relative)
            for (name, listedKind) in try typedEntries(of: absolute) {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch listedKind ?? kind(of: joinPath(directory, path)) {
                case .file: files.append(path)
                case .directory: pending.append(path); directories.append(path)
                // A link is followed to a file, never to a directory, so no walk can loop. A
                // dangling link is listed, so reading it reports the problem instead of skipping it.
                case .symbolicLink where !isDirectory(joinPath(directory, path)): files.append(path)
                default: break
                }
            }
        }
        return (files.sorted(), directories.sorted())
    }

    public func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    public func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    public func fingerprint(of path: String) -> FileFingerprint? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Self.fingerprint(status)
    }

    /// Each path is looked up from an open descriptor of `directory` (`fstatat`), which spares
    /// walking the directory's own path again for every file.
    public func fingerprints(in directory: String) -> @Sendable (String) -> FileFingerprint? {
        guard let opened = OpenDirectory(directory) else { return { [self] in fingerprint(of: joinPath(directory, $0)) } }
        return { path in
            var status = stat()
            guard fstatat(opened.descriptor, path, &status, 0) == 0 else { return nil }
            return Self.fingerprint(status)
        }
    }

    private static func fingerprint(_ status: stat) -> FileFingerprint? {
        guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileFingerprint(size: Int64(status.st_size),
                               modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
                               changed: Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec),
                               inode: UInt64(status.st_ino))
    }

    public func metadata(of path: String) -> FileMetadata? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let kind: FileKind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        return FileMetadata(kind: kind, size: Int(status.st_size))
    }

    public func hasContents(_ data: Data, at path: String) -> Bool {
        // O_NONBLOCK: a FIFO put in the file's place must not stall the build.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // One byte more than expected, so a file that is longer than `data` never matches.
        let capacity = data.count + 1
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        guard let total = Self.readFully(descriptor, into: buffer.baseAddress!, upTo: capacity), total == data.count else { return false }
        return data.withUnsafeBytes { expected in
            total == 0 || memcmp(expected.baseAddress!, buffer.baseAddress!, total) == 0
        }
    }

    public func hasSameContents(_ path: String, as other: String) -> Bool {
        let first = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard first >= 0 else { return false }
        defer { close(first) }
        let second = open(other, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard second >= 0 else { return false }
        defer { close(second) }
        let pieceSize = 1 << 16
        let buffers = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * pieceSize, alignment: 1)
        defer { buffers.deallocate() }
        let (mine, theirs) = (buffers.baseAddress!, buffers.baseAddress! + pieceSize)
        while true {
            guard let count = Self.readFully(first, into: mine, upTo: pieceSize),
                  Self.readFully(second, into: theirs, upTo: pieceSize) == count else { return false }
            if count == 0 { return true }
            guard memcmp(mine, theirs, count) == 0 else { return false }
        }
    }

    /// Reads from `descriptor` until `capacity` bytes are in `buffer` or the file ends; how many
    /// were read, or `nil` after an error (a directory, for one).
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, upTo capacity: Int) -> Int? {
        var total = 0
        while total < capacity {
            let count = read(descriptor, buffer + total, capacity - total)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    public func entries(of directory: String) throws -> [String] {
        try typedEntries(of: directory).map(\.name).sorted()
    }

    /// From one listing: its entry types spare a `stat` per entry where the file system gives them.
    public func subdirectoryNames(of directory: String) throws -> [String] {
        try typedEntries(of: directory).compactMap { name, listedKind in
            (listedKind ?? kind(of: joinPath(directory, name))) == .directory ? name : nil
        }
    }

    /// The names in `directory` (unsorted) with the kind the listing reports, as `kind(of:)` would
    /// (a link is not followed); `nil` where the file system does not say.
    private func typedEntries(of directory: String) throws -> [(name: String, kind: FileKind?)] {
        guard let stream = opendir(directory) else { throw Self.failure(directory) }
        defer { closedir(stream) }
        var entries: [(name: String, kind: FileKind?)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw Self.failure(directory) }
                return entries
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_UNKNOWN): entries.append((name, nil))
            case Int32(DT_REG): entries.append((name, .file))
            case Int32(DT_DIR): entries.append((name, .directory))
            case Int32(DT_LNK): entries.append((name, .symbolicLink))
            default: entries.append((name, .other))
            }
        }
    }

    public func write(_ data: Data, to path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            try createDirectory(parent(of: path))
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Self.failure(path) }
        try write(data, to: descriptor, path: path)
    }

    public func append(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path) }
        try write(data, to: descriptor, path: path)
    }

    /// Writes all of `data` and closes `descriptor`.
    private func write(_ data: Data, to descriptor: Int32, path: String) throws {
        var written = 0
        let failure: FileSystemError? = data.withUnsafeBytes { raw in
            while written < raw.count {
                let count = posixWrite(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return Self.failure(path)
                }
                written += count
            }
            return nil
        }
        // close() can report a deferred write error, such as a full disk on some file systems.
        let closed = close(descriptor)
        if let failure { throw failure }
        if closed != 0 { throw Self.failure(path) }
    }

    /// Tries `mkdir` first, so creating a folder whose parent exists is one system call. A link
    /// already at `path` is refused, even one to a directory.
    public func createDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            if kind(of: path) == .directory { return }
            throw FileSystemError(path: path, reason: String(cString: strerror(EEXIST)), code: EEXIST)
        case ENOENT:
            let parentPath = parent(of: path)
            guard !parentPath.isEmpty, parentPath != path else { throw Self.failure(path) }
            try createDirectory(parentPath)
            if mkdir(path, 0o755) != 0 && !(errno == EEXIST && kind(of: path) == .directory) { throw Self.failure(path) }
        default:
            throw Self.failure(path)
        }
    }

    public func move(_ source: String, to destination: String) throws {
        if rename(source, destination) != 0 { throw Self.failure(destination) }
    }

    public func removeFile(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw Self.failure(path) }
    }

    public func removeDirectoryIfEmpty(_ directory: String) throws -> Bool {
        if rmdir(directory) == 0 { return true }
        if [ENOTEMPTY, EEXIST, ENOENT].contains(errno) { return false }
        throw Self.failure(directory)
    }

    /// Tries `rmdir` first: after a commit the staging folders are empty, and an empty folder is
    /// then one system call. `rmdir` never follows a link (it fails with `ENOTDIR`, and the link
    /// itself is unlinked), and the listing's entry types say which entries are folders. A folder
    /// is listed in full before anything in it is removed.
    public func removeTree(_ path: String) throws {
        if rmdir(path) == 0 { return }
        switch errno {
        case ENOENT:
            return
        case ENOTDIR:
            try removeFile(path)
        case ENOTEMPTY, EEXIST:
            for (name, kind) in try typedEntries(of: path) {
                if kind == .directory || kind == nil { try removeTree(path + "/" + name) } else { try removeFile(path + "/" + name) }
            }
            if rmdir(path) != 0 && errno != ENOENT { throw Self.failure(path) }
        default:
            throw Self.failure(path)
        }
    }

    public func lock(_ directory: String) throws -> DirectoryLock? {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(directory) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let error = errno
            close(descriptor)
            if error == EWOULDBLOCK { return nil }
            throw FileSystemError(path: directory, reason: String(cString: strerror(error)), code: error)
        }
        return DirectoryLock { close(descriptor) }
    }

    public func synchronize(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if let syncfs = fileSystemSync { _ = syncfs(descriptor) } else { _ = fsync(descriptor) }
    }

    public func canModifyEntries(in directory: String) -> Bool {
        var path = directory
        while access(path.isEmpty ? "." : path, W_OK | X_OK) != 0 {
            // A folder that does not exist yet would be created in the nearest one that does.
            guard errno == ENOENT || errno == ENOTDIR, !path.isEmpty, path != "/" else { return false }
            path = parent(of: path)
        }
        return true
    }

    public func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return Self.resolve(absolute)
    }

    /// `realpath` of the longest existing prefix, with the missing rest appended.
    private static func resolve(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var components = path.split(separator: "/").map(String.init)
        guard let last = components.popLast() else { return "/" }
        let parent = resolve("/" + components.joined(separator: "/"))
        if last == "." { return parent }
        if last == ".." { return parent == "/" ? "/" : String(parent[..<(parent.lastIndex(of: "/") ?? parent.startIndex)]).nonEmptyPath }
        return parent == "/" ? "/" + last : parent + "/" + last
    }

    private func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func failure(_ path: String) -> FileSystemError {
        let code = errno
        return FileSystemError(path: path, reason: String(cString: strerror(code)), code: code)
    }
}

private extension String {
    var nonEmptyPath: String { isEmpty ? "/" : self }
}

/// The POSIX `write`, named apart from `FileSystem.write` inside `DiskFileSystem`.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}

/// Linux's `syncfs(2)`, which flushes one file system; the Swift module does not export it, so
/// it is looked up at run time. Elsewhere (macOS) there is none, and the directory is `fsync`ed.
private let fileSystemSync: (@convention(c) (Int32) -> Int32)? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
}()

/// A directory held open for lookups relative to it, closed with its last reference.
private final class OpenDirectory: Sendable {
    let descriptor: Int32

    init?(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }
}
