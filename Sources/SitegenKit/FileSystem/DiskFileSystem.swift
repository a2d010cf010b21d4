import Foundation

/// The real file system.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func contents(of path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func files(under directory: String) throws -> [String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: []
        ) else { return [] }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(rootPath) { result.append(String(path.dropFirst(rootPath.count))) }
        }
        return result.sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }

    public func removeFile(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    public func removeDirectoryIfEmpty(_ directory: String) throws {
        guard isDirectory(directory),
              (try FileManager.default.contentsOfDirectory(atPath: directory)).isEmpty else { return }
        try FileManager.default.removeItem(atPath: directory)
    }

    public func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
