import Foundation

/// Writes a generated site into the output directory, touching only what sitegen itself wrote.
///
/// A manifest file in the output directory lists the files of the last build. It marks the
/// directory as sitegen's, tells which files a new build may remove, and lets files whose bytes
/// did not change keep their modification time.
public struct SiteWriter: Sendable {
    public static let manifestName = ".sitegen-manifest"

    /// What a write changed.
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0

        public init() {}
    }

    public let fileSystem: any FileSystem
    public let outputDirectory: String

    public init(fileSystem: any FileSystem, outputDirectory: String) {
        self.fileSystem = fileSystem
        self.outputDirectory = outputDirectory
    }

    /// Refuses an output directory that would put user files at risk: the working directory, the
    /// content or templates directory (or one that contains them), and a non-empty directory
    /// without a manifest, which sitegen did not create.
    public func checkSafeToWrite(workingDirectory: String, protectedDirectories: [String], log: inout DiagnosticLog) {
        let output = fileSystem.absolutePath(outputDirectory)
        if output == fileSystem.absolutePath(workingDirectory) {
            log.error("refusing to write the site into the current directory; use an output directory such as 'site'", at: nil)
            return
        }
        for protected in protectedDirectories {
            let path = fileSystem.absolutePath(protected)
            if output == path || path.hasPrefix(output + "/") || output.hasPrefix(path + "/") {
                log.error("refusing to write the site into '\(outputDirectory)': it overlaps the input directory '\(protected)'", at: nil)
                return
            }
        }
        if fileSystem.isFile(outputDirectory) {
            log.error("output path '\(outputDirectory)' is a file, not a directory", at: nil)
        } else if fileSystem.isDirectory(outputDirectory), !fileSystem.isFile(manifestPath),
                  !((try? fileSystem.files(under: outputDirectory)) ?? []).isEmpty {
            log.error("refusing to write into '\(outputDirectory)': it is not empty and has no \(Self.manifestName), so sitegen did not create it; choose an empty or new directory", at: nil)
        }
    }

    /// Writes `files`, skipping those whose bytes are unchanged, then removes the files of the
    /// previous build that are gone from this one, and records the new manifest.
    public func write(_ files: [OutputFile]) throws -> Summary {
        var summary = Summary()
        for file in files {
            let path = joinPath(outputDirectory, file.path)
            if let existing = try? fileSystem.contents(of: path), existing == file.data {
                summary.unchanged += 1
            } else {
                try fileSystem.write(file.data, to: path)
                summary.written += 1
            }
        }
        let current = Set(files.map(\.path))
        for stale in previousManifest() where !current.contains(stale) {
            let path = joinPath(outputDirectory, stale)
            guard fileSystem.isFile(path) else { continue }
            try fileSystem.removeFile(path)
            summary.removed += 1
            try removeEmptyParents(of: stale)
        }
        let manifest = Data((files.map(\.path).sorted().joined(separator: "\n") + "\n").utf8)
        if (try? fileSystem.contents(of: manifestPath)) != manifest {
            try fileSystem.write(manifest, to: manifestPath)
        }
        return summary
    }

    private var manifestPath: String { joinPath(outputDirectory, Self.manifestName) }

    private func previousManifest() -> [String] {
        guard let data = try? fileSystem.contents(of: manifestPath), let text = String(data: data, encoding: .utf8) else { return [] }
        // Only paths inside the output directory are trusted.
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") }
    }

    private func removeEmptyParents(of path: String) throws {
        var components = path.split(separator: "/").dropLast()
        while !components.isEmpty {
            try fileSystem.removeDirectoryIfEmpty(joinPath(outputDirectory, components.joined(separator: "/")))
            components = components.dropLast()
        }
    }
}
