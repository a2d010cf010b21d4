import Foundation
import Testing

/// One invalid or hostile project, in the spirit of Zola's `test_sites_invalid`: the basic fixture
/// with some files changed, the exact diagnostics `sitegen build` must print, and its exit status.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// A change to the project, by path relative to its root. `$ROOT` in a link target is the root.
    enum Change: Sendable {
        case write(String, String)
        case bytes(String, [UInt8])
        case remove(String)
        case directory(String)
        case link(String, to: String)
    }

    var name: String
    var changes: [Change]
    var arguments: [String] = []
    /// Every line sitegen prints on standard error, in order.
    var expected: [String]
    var status: Int32 = 1

    var testDescription: String { name }

    init(_ name: String, _ changes: [Change], arguments: [String] = [], status: Int32 = 1, expected: [String]) {
        self.name = name
        self.changes = changes
        self.arguments = arguments
        self.status = status
        self.expected = expected
    }

    func apply(in root: URL) throws {
        let manager = FileManager.default
        for change in changes {
            switch change {
            case .write(let path, let text):
                try write(Data(text.utf8), to: root.appendingPathComponent(path))
            case .bytes(let path, let bytes):
                try write(Data(bytes), to: root.appendingPathComponent(path))
            case .remove(let path):
                try manager.removeItem(at: root.appendingPathComponent(path))
            case .directory(let path):
                try manager.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
            case .link(let path, let target):
                let url = root.appendingPathComponent(path)
                try? manager.removeItem(at: url)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.createSymbolicLink(atPath: url.path, withDestinationPath: target.replacingOccurrences(of: "$ROOT", with: root.path))
            }
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
