import Foundation

/// The seam between sitegen and storage, so tests can build whole sites in memory.
/// Paths are plain strings joined with `/`; directories are created on demand when writing.
public protocol FileSystem: Sendable {
    func contents(of path: String) throws -> Data
    /// Every regular file below `directory`, as paths relative to it, sorted.
    func files(under directory: String) throws -> [String]
    func isDirectory(_ path: String) -> Bool
    func isFile(_ path: String) -> Bool
    /// Writes atomically (a temporary file renamed into place), creating parent directories.
    func write(_ data: Data, to path: String) throws
    func removeFile(_ path: String) throws
    /// Removes `directory` if it is empty; does nothing otherwise.
    func removeDirectoryIfEmpty(_ directory: String) throws
    /// The absolute, normalised form of a path, used to compare directories.
    func absolutePath(_ path: String) -> String
}

/// Resolves `.` and `..` components and drops empty ones: `codes/../guides/x.md` is `guides/x.md`.
/// A `..` that would climb above the start is dropped.
func normalizedPath(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
        if part == ".." {
            if !parts.isEmpty { parts.removeLast() }
        } else {
            parts.append(part)
        }
    }
    return parts.joined(separator: "/")
}

/// Joins path components with `/`, ignoring empty ones.
func joinPath(_ parts: String...) -> String {
    var result = ""
    for part in parts where !part.isEmpty {
        if result.isEmpty || result.hasSuffix("/") { result += part } else { result += "/" + part }
    }
    return result
}
