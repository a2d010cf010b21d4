import Foundation

/// An in-memory file system for tests and previews. Safe to share between threads.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data]

    /// Creates a file system holding `files`, keyed by path.
    public init(files: [String: String] = [:]) {
        storage = files.mapValues { Data($0.utf8) }
    }

    public func setFile(_ path: String, _ data: Data) {
        lock.withLock { storage[normalizedPath(path)] = data }
    }

    public func contents(of path: String) throws -> Data {
        guard let data = lock.withLock({ storage[normalizedPath(path)] }) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return data
    }

    public func files(under directory: String) throws -> [String] {
        let prefix = directoryPrefix(directory)
        return lock.withLock { storage.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) } }.sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = directoryPrefix(path)
        return lock.withLock { storage.keys.contains { $0.hasPrefix(prefix) } }
    }

    public func isFile(_ path: String) -> Bool {
        lock.withLock { storage[normalizedPath(path)] != nil }
    }

    public func write(_ data: Data, to path: String) throws {
        setFile(path, data)
    }

    public func removeFile(_ path: String) throws {
        lock.withLock { _ = storage.removeValue(forKey: normalizedPath(path)) }
    }

    /// Directories exist only through their files here, so an empty one is already gone.
    public func removeDirectoryIfEmpty(_ directory: String) throws {}

    public func absolutePath(_ path: String) -> String {
        "/" + normalizedPath(path)
    }

    private func directoryPrefix(_ directory: String) -> String {
        let normalized = normalizedPath(directory)
        return normalized.isEmpty ? "" : normalized + "/"
    }
}
