import Foundation

/// An in-memory file system for tests and previews. Safe to share between threads.
/// Directories exist only through the files in them, and there are no symbolic links.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data]
    /// Bumped on every write, so each version of a file has its own fingerprint.
    private var generations: [String: Int64] = [:]
    private var nextGeneration: Int64 = 1
    /// Folders that act as if their permissions were removed, so tests reach the errors that
    /// root, which ignores permissions on disk, never meets.
    private var readOnlyDirectories: Set<String> = []
    private var unreadableDirectories: Set<String> = []

    /// Creates a file system holding `files`, keyed by path.
    public init(files: [String: String] = [:]) {
        storage = files.mapValues { Data($0.utf8) }
    }

    /// Makes `directory` act like `chmod a-w`: nothing can be created, renamed or removed in it.
    public func makeReadOnly(_ directory: String) {
        lock.withLock { _ = readOnlyDirectories.insert(normalizedPath(directory)) }
    }

    /// Makes `directory` act like `chmod a-r`: listing anything that includes it fails.
    public func makeUnreadable(_ directory: String) {
        lock.withLock { _ = unreadableDirectories.insert(normalizedPath(directory)) }
    }

    public func setFile(_ path: String, _ data: Data) {
        lock.withLock {
            storage[normalizedPath(path)] = data
            bumpGeneration(normalizedPath(path))
        }
    }

    public func contents(of path: String) throws -> Data {
        guard let data = lock.withLock({ storage[normalizedPath(path)] }) else {
            throw FileSystemError(path: path, reason: "No such file or directory")
        }
        return data
    }

    public func files(under directory: String) throws -> [String] {
        let prefix = directoryPrefix(directory)
        let normalized = normalizedPath(directory)
        if let unreadable = lock.withLock({ unreadableDirectories.sorted().first { $0 == normalized || $0.hasPrefix(prefix) } }) {
            throw FileSystemError(path: unreadable, reason: "Permission denied")
        }
        return lock.withLock { storage.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) } }.sorted()
    }

    public func directories(under directory: String) throws -> [String] {
        Set(try files(under: directory).flatMap { OutputTree.parents(of: $0) }).sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = directoryPrefix(path)
        return lock.withLock { storage.keys.contains { $0.hasPrefix(prefix) } }
    }

    public func isFile(_ path: String) -> Bool {
        lock.withLock { storage[normalizedPath(path)] != nil }
    }

    public func metadata(of path: String) -> FileMetadata? {
        if let data = lock.withLock({ storage[normalizedPath(path)] }) { return FileMetadata(kind: .file, size: data.count) }
        return isDirectory(path) ? FileMetadata(kind: .directory, size: 0) : nil
    }

    public func hasContents(_ data: Data, at path: String) -> Bool {
        lock.withLock { storage[normalizedPath(path)] == data }
    }

    public func hasSameContents(_ path: String, as other: String) -> Bool {
        lock.withLock { storage[normalizedPath(path)].map { $0 == storage[normalizedPath(other)] } ?? false }
    }

    public func entries(of directory: String) throws -> [String] {
        Array(Set(try files(under: directory).map { String($0.prefix { $0 != "/" }) })).sorted()
    }

    public func write(_ data: Data, to path: String) throws {
        try refuseIfReadOnly(parentOf: path)
        setFile(path, data)
    }

    public func append(_ data: Data, to path: String) throws {
        try refuseIfReadOnly(parentOf: path)
        try lock.withLock {
            let key = normalizedPath(path)
            guard storage[key] != nil else { throw FileSystemError(path: path, reason: "No such file or directory") }
            storage[key]!.append(data)
            bumpGeneration(key)
        }
    }

    public func createDirectory(_ path: String) throws {}

    public func move(_ source: String, to destination: String) throws {
        try refuseIfReadOnly(parentOf: source)
        try refuseIfReadOnly(parentOf: destination)
        let from = normalizedPath(source)
        let to = normalizedPath(destination)
        try lock.withLock {
            if let data = storage.removeValue(forKey: from) {
                storage[to] = data
                bumpGeneration(to)
                return
            }
            // A folder moves with everything in it, as rename(2) moves a directory.
            let moving = storage.keys.filter { $0.hasPrefix(from + "/") }
            guard !moving.isEmpty else { throw FileSystemError(path: source, reason: "No such file or directory") }
            guard storage[to] == nil, !storage.keys.contains(where: { $0.hasPrefix(to + "/") }) else {
                throw FileSystemError(path: destination, reason: "Directory not empty")
            }
            for key in moving {
                let moved = to + key.dropFirst(from.count)
                storage[moved] = storage.removeValue(forKey: key)
                bumpGeneration(moved)
            }
        }
    }

    public func removeFile(_ path: String) throws {
        try refuseIfReadOnly(parentOf: path)
        lock.withLock { _ = storage.removeValue(forKey: normalizedPath(path)) }
    }

    /// Directories exist only through their files here, so an empty one is already gone.
    public func removeDirectoryIfEmpty(_ directory: String) throws -> Bool { false }

    public func removeTree(_ path: String) throws {
        let prefix = directoryPrefix(path)
        let exact = normalizedPath(path)
        lock.withLock { storage = storage.filter { !$0.key.hasPrefix(prefix) && $0.key != exact } }
    }

    /// One process owns the memory, so the lock is never contended.
    public func lock(_ directory: String) throws -> DirectoryLock? {
        DirectoryLock {}
    }

    public func synchronize(_ path: String) {}

    public func fingerprint(of path: String) -> FileFingerprint? {
        lock.withLock {
            let key = normalizedPath(path)
            guard let data = storage[key] else { return nil }
            let generation = generations[key] ?? 0
            return FileFingerprint(size: Int64(data.count), modified: generation, changed: generation, inode: 0)
        }
    }

    /// Called with the lock held.
    private func bumpGeneration(_ key: String) {
        generations[key] = nextGeneration
        nextGeneration += 1
    }

    public func canModifyEntries(in directory: String) -> Bool {
        var path = normalizedPath(directory)
        while !path.isEmpty, !isDirectory(path) {
            path = parentPath(of: path)
        }
        return lock.withLock { !readOnlyDirectories.contains(path) }
    }

    private func refuseIfReadOnly(parentOf path: String) throws {
        if !canModifyEntries(in: parentPath(of: normalizedPath(path))) { throw FileSystemError(path: path, reason: "Permission denied") }
    }

    public func absolutePath(_ path: String) -> String {
        "/" + normalizedPath(path)
    }

    private func directoryPrefix(_ directory: String) -> String {
        let normalized = normalizedPath(directory)
        return normalized.isEmpty ? "" : normalized + "/"
    }
}
