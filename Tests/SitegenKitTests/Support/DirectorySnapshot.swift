import Foundation
import SitegenKit

/// Every file, link and directory below a directory with its bytes, to prove a failed build
/// left the output exactly as it was.
struct DirectorySnapshot: Equatable, CustomStringConvertible {
    var entries: [String: String]

    init(_ root: URL) throws {
        entries = [:]
        let disk = DiskFileSystem()
        var pending = [""]
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root.path : root.path + "/" + relative
            for name in try disk.entries(of: directory) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = root.path + "/" + path
                switch disk.kind(of: full) {
                case .file: entries[path] = "file " + (try Data(contentsOf: URL(fileURLWithPath: full))).base64EncodedString()
                case .directory: entries[path] = "directory"; pending.append(path)
                case .symbolicLink: entries[path] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                default: entries[path] = "other"
                }
            }
        }
    }

    /// The regular files only, as paths.
    var files: Set<String> { Set(entries.filter { $0.value.hasPrefix("file ") }.keys) }

    var description: String { entries.keys.sorted().joined(separator: "\n") }
}
