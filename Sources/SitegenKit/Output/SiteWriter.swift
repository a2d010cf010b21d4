import Foundation

/// Writes a generated site into the output directory as one transaction, touching only what
/// sitegen itself wrote.
///
/// A manifest file in the output directory lists the files of the last build. It marks the
/// directory as sitegen's, tells which files a new build may remove, and lets files whose bytes
/// did not change keep their modification time. How a write stays all-or-nothing is described on
/// `SiteTransaction` and `CommitJournal`.
public struct SiteWriter: Sendable {
    public static let manifestName = OutputPath.manifestName

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

    /// Refuses an output directory that would put user files at risk: `/`, the working directory,
    /// the content or templates directory (or one inside or around them, after resolving symbolic
    /// links), and a non-empty directory without a manifest, which sitegen did not create.
    public func checkSafeToWrite(workingDirectory: String, protectedDirectories: [String], log: inout DiagnosticLog) {
        let output = fileSystem.absolutePath(outputDirectory)
        if output == "/" {
            log.error("refusing to write the site into '/'; use an output directory such as 'site'", at: nil)
            return
        }
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
        switch fileSystem.kind(of: output) {
        case nil:
            break
        case .directory:
            let entries: [String]
            do {
                entries = try fileSystem.entries(of: output).filter { $0 != OutputPath.stagingName }
            } catch {
                log.error("cannot read the output directory '\(outputDirectory)': \(reason(error))", at: nil)
                return
            }
            if !entries.isEmpty, fileSystem.kind(of: joinPath(output, Self.manifestName)) != .file {
                log.error("refusing to write into '\(outputDirectory)': it is not empty and has no \(Self.manifestName), so sitegen did not create it; choose an empty or new directory", at: nil)
            }
        case .symbolicLink:
            log.error("output path '\(outputDirectory)' is a symbolic link that points nowhere", at: nil)
        default:
            log.error("output path '\(outputDirectory)' is a file, not a directory", at: nil)
        }
    }

    /// Starts a write: creates the output directory if needed, locks it against other builds, and
    /// finishes or rolls back whatever an interrupted build left. Hold the transaction while the
    /// site is generated; dropping it without `commit()` leaves the output as it was.
    public func begin() throws(SiteWriteError) -> SiteTransaction {
        let root = fileSystem.absolutePath(outputDirectory)
        let existed = fileSystem.kind(of: root) != nil
        do {
            if !existed { try fileSystem.createDirectory(root) }
            guard let lock = try fileSystem.lock(root) else {
                throw SiteWriteError("another sitegen build is writing into '\(outputDirectory)'; wait for it to finish and build again")
            }
            try recoverInterruptedWrite(root: root)
            let manifestPath = joinPath(root, Self.manifestName)
            var previous: [String] = []
            if fileSystem.kind(of: manifestPath) == .file {
                previous = Manifest.decode(Array(try fileSystem.contents(of: manifestPath)))
            }
            return SiteTransaction(fileSystem: fileSystem, root: root, displayRoot: outputDirectory,
                                   previousFiles: previous, createdRoot: !existed, lock: lock)
        } catch let error as SiteWriteError {
            throw error
        } catch {
            throw SiteWriteError("cannot prepare the output directory '\(outputDirectory)': \(reason(error))")
        }
    }

    /// Writes `files` in one transaction: see `begin()`, `SiteTransaction.stage` and `commit()`.
    public func write(_ files: [OutputFile]) throws(SiteWriteError) -> Summary {
        let transaction = try begin()
        for file in files { try transaction.stage(file) }
        return try transaction.commit()
    }

    /// A staging directory with a complete journal is replayed; without one it is deleted.
    private func recoverInterruptedWrite(root: String) throws {
        let staging = joinPath(root, OutputPath.stagingName)
        switch fileSystem.kind(of: staging) {
        case nil:
            return
        case .directory:
            let journalPath = joinPath(staging, CommitJournal.fileName)
            if fileSystem.kind(of: journalPath) == .file,
               let journal = CommitJournal(decoding: Array(try fileSystem.contents(of: journalPath))) {
                try journal.apply(to: OutputTree(fileSystem: fileSystem, root: root))
            } else {
                try fileSystem.removeTree(staging)
            }
        default:
            try fileSystem.removeFile(staging)
        }
    }
}

/// The system's reason for a failed file operation, without repeating the path.
func reason(_ error: any Error) -> String {
    (error as? FileSystemError)?.reason ?? "\(error)"
}
