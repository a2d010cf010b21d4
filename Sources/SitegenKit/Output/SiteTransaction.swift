import Foundation

/// One build's write into the output directory.
///
/// `stage(_:)` may be called from several threads as pages are rendered: each file is checked
/// (a valid path, no collision, no link or directory in the way, nothing sitegen did not write)
/// and, when its bytes changed, written into `.sitegen-staging/` inside the output directory, on
/// the same file system, without touching the live site. `commit()` then makes the change in
/// one step that survives a crash (see `CommitJournal`): one flush of the file system, the journal
/// written atomically, renames into place, stale files removed, the manifest installed last.
/// Until the journal is written the live site is untouched; a failure or a dropped transaction
/// removes the staging directory and leaves the old site as it was.
public final class SiteTransaction: @unchecked Sendable {
    private let fileSystem: any FileSystem
    private let root: String
    private let displayRoot: String
    /// The previous manifest's list, in its order (sorted, when sitegen wrote it).
    private let previousFiles: PathSet
    private let createdRoot: Bool
    /// The live output directory, and the staging area's mirror of it; each remembers its folders.
    private let tree: OutputTree
    private let stagedTree: OutputTree
    private let directoryLock: DirectoryLock

    private let state = NSLock()
    /// Every file of the new site so far, and the positions among them of those staged (the rest are unchanged).
    private var claimed = PathSet()
    private var staged: [UInt32] = []
    private var unchanged = 0
    private var finished = false

    init(fileSystem: any FileSystem, root: String, displayRoot: String, previousFiles: [String],
         createdRoot: Bool, lock: DirectoryLock) {
        self.fileSystem = fileSystem
        self.root = root
        self.displayRoot = displayRoot
        self.previousFiles = PathSet(previousFiles)
        self.createdRoot = createdRoot
        self.tree = OutputTree(fileSystem: fileSystem, root: root)
        self.stagedTree = OutputTree(fileSystem: fileSystem, root: joinPath(root, OutputPath.stagingName, CommitJournal.filesDirectory))
        self.directoryLock = lock
    }

    deinit { discard() }

    private var staging: String { joinPath(root, OutputPath.stagingName) }

    private func display(_ path: String) -> String { joinPath(displayRoot, path) }

    /// Adds one file of the new site. Thread-safe. Throws when the file cannot be part of the
    /// site; the caller should then drop the transaction, which leaves the old site untouched.
    public func stage(_ file: OutputFile) throws(SiteWriteError) {
        let path = file.path
        let (position, existing) = try claim(path)
        // Sizes first: only a file of the same size is read back and compared.
        if existing?.kind == .file, existing?.size == file.data.count, fileSystem.hasContents(file.data, at: joinPath(root, path)) {
            state.withLock { unchanged += 1 }
            return
        }
        try write(path) { staged in try fileSystem.write(file.data, to: staged) }
        state.withLock { staged.append(position) }
    }

    /// Adds one file of the new site made of `pieces`, in order, each written as it comes, so a
    /// large file is never held whole; otherwise as `stage(_:)`. A file the same as the live one
    /// is compared once written, and then not moved into place.
    public func stage(_ path: String, pieces: some Sequence<Data>) throws(SiteWriteError) {
        let (position, existing) = try claim(path)
        var size = 0
        try write(path) { staged in
            try fileSystem.write(Data(), to: staged)
            for piece in pieces where !piece.isEmpty {
                try fileSystem.append(piece, to: staged)
                size += piece.count
            }
        }
        let staged = joinPath(stagedTree.root, path)
        if existing?.kind == .file, existing?.size == size, fileSystem.hasSameContents(staged, as: joinPath(root, path)) {
            do { try fileSystem.removeFile(staged) } catch { throw SiteWriteError("cannot write \(display(path)): \(reason(error))") }
            state.withLock { unchanged += 1 }
            return
        }
        state.withLock { self.staged.append(position) }
    }

    /// Claims `path` for this build after checking that a file of the site may be written there
    /// (see `stage(_:)`). Returns its position in `claimed`, and what is at that path in the live
    /// site, which is then a file sitegen wrote.
    private func claim(_ path: String) throws(SiteWriteError) -> (position: UInt32, existing: FileMetadata?) {
        if let problem = OutputPath.problem(with: path) {
            throw SiteWriteError("cannot write '\(path)' into the site: \(problem)")
        }
        let claim = state.withLock { finished ? nil : claimed.insert(path) }
        guard let claim, claim.inserted else { throw SiteWriteError("two files of the site would be written to \(display(path))") }
        if let problem = tree.parentProblem(of: path, display: displayRoot) { throw SiteWriteError(problem) }

        // Below a folder that does not exist yet there is nothing to look at.
        let existing = tree.parentsAreRealDirectories(path) ? fileSystem.metadata(of: joinPath(root, path)) : nil
        switch existing?.kind {
        case nil:
            break
        case .file, .symbolicLink:
            guard previousFiles.contains(path) else {
                throw SiteWriteError("\(display(path)) exists but sitegen did not write it (it is not in \(OutputPath.manifestName)); move it away, or rename what would replace it")
            }
        case .directory:
            throw SiteWriteError("\(display(path)) is a directory where sitegen needs to write a file; remove it")
        case .other:
            throw SiteWriteError("\(display(path)) is not a regular file; remove it")
        }
        return (UInt32(claim.position), existing)
    }

    /// Writes the staged copy of `path` with `write`, given where it goes, creating its folders.
    private func write(_ path: String, with write: (String) throws -> Void) throws(SiteWriteError) {
        do {
            try stagedTree.createParents(of: path)
            try write(joinPath(stagedTree.root, path))
        } catch {
            throw SiteWriteError("cannot write \(display(path)): \(reason(error))")
        }
    }

    /// Keeps a file of the previous build as it is, unread: the caller knows it holds exactly what
    /// this build would write (its fingerprint has not changed since the build that wrote it).
    /// Thread-safe; it counts as an unchanged file.
    public func keep(_ path: String) throws(SiteWriteError) {
        let isNew = state.withLock { !finished && claimed.insert(path).inserted }
        guard isNew else { throw SiteWriteError("two files of the site would be written to \(display(path))") }
        guard previousFiles.contains(path) else {
            throw SiteWriteError("\(display(path)) was not written by the previous build, so it cannot be kept")
        }
        // Thousands of kept pages share a few folders, which the tree looks at once.
        if let problem = tree.parentProblem(of: path, display: displayRoot) { throw SiteWriteError(problem) }
        state.withLock { unchanged += 1 }
    }

    /// Every file of the site this transaction writes, staged or kept, in path order: the new
    /// manifest's list. Sorted once, by `commit()`, after which it is read without sorting again.
    var files: [String] { state.withLock { committedList ?? claimed.paths.sorted() } }
    private var committedList: [String]?

    /// Makes the staged files the live site and removes the previous build's files that this one
    /// did not produce. Call once, after every `stage(_:)` has returned.
    public func commit() throws(SiteWriteError) -> SiteWriter.Summary {
        let (moves, unchangedCount, alreadyFinished) = state.withLock { () -> ([String], Int, Bool) in
            defer { finished = true }
            return (staged.map { claimed[Int($0)] }.sorted(), unchanged, finished)
        }
        guard !alreadyFinished else { throw SiteWriteError("the write into '\(displayRoot)' was already finished") }
        defer { directoryLock.release() }
        let removals = (0..<previousFiles.count).lazy.map { self.previousFiles[$0] }.filter { !self.claimed.contains($0) }.sorted()
        // A rebuild usually lists exactly the previous files, and a first build exactly the staged
        // ones; either list is already in order, which makes the manifest's sort cheap.
        let listed = (removals.isEmpty && claimed.count == previousFiles.count ? previousFiles.paths
            : claimed.count == moves.count ? moves : claimed.paths).sorted()
        state.withLock { committedList = listed }
        let manifestBytes = Manifest.encode(listed)
        let manifestPath = joinPath(root, OutputPath.manifestName)
        let manifestChanged = (try? fileSystem.contents(of: manifestPath)).map(Array.init) != manifestBytes
        var summary = SiteWriter.Summary()
        summary.unchanged = unchangedCount
        guard !moves.isEmpty || !removals.isEmpty || manifestChanged else {
            rollBack()
            return summary
        }

        // Renames cannot be undone half-way, so every folder they touch must accept them before
        // the commit point; otherwise a read-only folder would stop the commit with the old and
        // new sites mixed. A folder that does not exist yet is created in the nearest one that does.
        let folders = Set((moves + removals).map { tree.nearestExistingFolder(parentPath(of: $0)) }).union([""])
        if let readOnly = folders.sorted().first(where: { !fileSystem.canModifyEntries(in: joinPath(root, $0)) }) {
            rollBack()
            throw SiteWriteError("cannot write into \(readOnly.isEmpty ? displayRoot : display(readOnly)): the folder is read-only; make it writable (chmod u+w) and build again; the previous site is unchanged")
        }

        let journal = CommitJournal(moves: moves, removals: removals)
        do {
            try fileSystem.write(Data(manifestBytes), to: joinPath(staging, CommitJournal.manifestFile))
            let pending = joinPath(staging, CommitJournal.fileName + ".tmp")
            try fileSystem.write(Data(journal.encoded()), to: pending)
            // One flush makes every staged byte durable before the journal can name it ...
            fileSystem.synchronize(staging)
            // ... and this rename is the commit point: from here on, an interrupted build is
            // finished by the next one.
            try fileSystem.move(pending, to: joinPath(staging, CommitJournal.fileName))
            fileSystem.synchronize(staging)
        } catch {
            rollBack()
            throw SiteWriteError("cannot write \(displayPath(of: error)): \(reason(error)); the previous site is unchanged")
        }
        do {
            summary.removed = try journal.apply(to: tree)
        } catch {
            throw SiteWriteError("writing the site was interrupted at \(displayPath(of: error)): \(reason(error)); fix that and build again, which finishes the write")
        }
        summary.written = moves.count
        return summary
    }

    /// Drops the transaction: removes the staging directory and releases the lock. The live site is
    /// unchanged. Called automatically when an uncommitted transaction is deallocated.
    public func discard() {
        let wasFinished = state.withLock { () -> Bool in
            defer { finished = true }
            return finished
        }
        guard !wasFinished else { return }
        rollBack()
        directoryLock.release()
    }

    private func rollBack() {
        try? fileSystem.removeTree(staging)
        if createdRoot { _ = try? fileSystem.removeDirectoryIfEmpty(root) }
    }

    /// The user's spelling of the path a file operation failed on.
    private func displayPath(of error: any Error) -> String {
        guard let path = (error as? FileSystemError)?.path else { return displayRoot }
        let stagedFiles = joinPath(staging, CommitJournal.filesDirectory) + "/"
        if path.hasPrefix(stagedFiles) { return display(String(path.dropFirst(stagedFiles.count))) }
        if path.hasPrefix(root + "/") { return display(String(path.dropFirst(root.count + 1))) }
        return path
    }
}
