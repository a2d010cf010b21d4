import Foundation
import SitegenKit

/// Turns one fuzz input into a content file: the first byte picks where the rest goes, so one
/// corpus covers code files (all three shapes), plain pages, family introductions and `site.yml`.
public enum FuzzInput {
    public static let paths = ["codes/303.md", "codes/200.md", "guides/fuzz.md", "families/3xx.md", "site.yml", "fuzz.md"]

    public static func file(from data: UnsafeRawBufferPointer) -> (path: String, data: Data) {
        guard let first = data.first else { return (paths[0], Data()) }
        return (paths[Int(first) % paths.count], Data(data.dropFirst()))
    }
}

/// The repository's `content/` and `templates/`, loaded once: the fuzz targets run from any
/// directory, so they are found next to this source file.
public enum ProjectFiles {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small site: the real templates, `site.yml`, a few codes and one guide.
    public static let smallSite: [String: Data] = {
        var files: [String: Data] = [:]
        let disk = DiskFileSystem()
        let templates = root.appendingPathComponent("templates").path
        for file in (try? disk.files(under: templates)) ?? [] {
            files["templates/" + file] = try? disk.contents(of: templates + "/" + file)
        }
        let content = root.appendingPathComponent("content").path
        for file in ["site.yml", "codes/200.md", "codes/303.md", "codes/307.md", "codes/404.md"] {
            files["content/" + file] = try? disk.contents(of: content + "/" + file)
        }
        return files.compactMapValues { $0 }
    }()
}
