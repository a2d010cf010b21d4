/// The record that makes a build's changes to the output directory all-or-nothing.
///
/// A build stages its new files in `.sitegen-staging/files/`, then writes this journal (the list of
/// files to move into place and of stale files to remove) atomically as `.sitegen-staging/COMMIT`.
/// Before the journal exists, an interrupted build is rolled back by deleting the staging
/// directory; once it exists, the build is committed, and replaying it (which is idempotent)
/// finishes the job. Either way the next build finds the complete old or the complete new site.
struct CommitJournal: Equatable {
    static let fileName = "COMMIT"
    static let filesDirectory = "files"
    static let manifestFile = "manifest"
    private static let header = "sitegen-commit 1"

    /// Staged files to rename into the output directory.
    var moves: [String]
    /// Files of the previous build that this one no longer produces.
    var removals: [String]

    func encoded() -> [UInt8] {
        var bytes = Array((Self.header + "\n").utf8)
        for (mark, paths) in [("M ", moves), ("R ", removals)] {
            for path in paths {
                bytes += mark.utf8
                Manifest.appendLine(path, to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        return bytes
    }

    /// The journal in `bytes`, or `nil` when it is not a complete journal (then it was never committed).
    init?(decoding bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard bytes.last == UInt8(ascii: "\n"), lines.first.map({ Array($0) }) == Array(Self.header.utf8) else { return nil }
        moves = []
        removals = []
        for line in lines.dropFirst().dropLast() {
            guard line.count > 2, let path = Manifest.decodeLine(line.dropFirst(2)),
                  OutputPath.problem(with: path) == nil else { return nil }
            switch line.first {
            case UInt8(ascii: "M"): moves.append(path)
            case UInt8(ascii: "R"): removals.append(path)
            default: return nil
            }
        }
    }

    init(moves: [String], removals: [String]) {
        self.moves = moves
        self.removals = removals
    }

    /// Moves the staged files into place, removes stale files, installs the manifest and deletes
    /// the staging directory. Safe to run again after an interruption. Returns how many files
    /// were removed. Never follows a symbolic link inside the output directory.
    @discardableResult
    func apply(to tree: OutputTree) throws -> Int {
        let fileSystem = tree.fileSystem
        let root = tree.root
        let staging = joinPath(root, OutputPath.stagingName)
        let stagedFiles = joinPath(staging, Self.filesDirectory)
        let failures = ConcurrentMap.map(try renames(in: tree)) { path -> (any Error)? in
            do {
                try fileSystem.move(joinPath(stagedFiles, path), to: joinPath(root, path))
                return nil
            } catch {
                // Gone from the staging area: an interrupted run of this journal already moved it.
                return fileSystem.kind(of: joinPath(stagedFiles, path)) == nil ? nil : error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        var removed = 0
        for path in removals {
            // Nothing is removed through a link or a file in the way; a folder already gone took
            // the file with it.
            guard let folders = tree.existingParents(of: path) else { continue }
            let live = joinPath(root, path)
            if folders.count == OutputTree.parents(of: path).count,
               let kind = fileSystem.kind(of: live), kind == .file || kind == .symbolicLink {
                try fileSystem.removeFile(live)
                removed += 1
            }
            // Also when an interrupted run removed the file but not yet its emptied folders.
            try tree.removeEmptyFolders(folders.reversed())
        }
        let manifest = joinPath(staging, Self.manifestFile)
        if fileSystem.kind(of: manifest) == .file {
            try fileSystem.move(manifest, to: joinPath(root, OutputPath.manifestName))
        }
        // The journal goes last: staging without a journal must always mean "not committed".
        try fileSystem.removeTree(stagedFiles)
        try fileSystem.removeFile(joinPath(staging, Self.fileName))
        try fileSystem.removeTree(staging)
        return removed
    }

    /// What to rename from the staging area into the output directory: a staged folder whose
    /// counterpart in the output does not exist yet moves whole, with every file in it (on a first
    /// build, one rename moves nearly the whole site); other files move one by one. Each rename
    /// touches its own entry, so they can run on all cores.
    private func renames(in tree: OutputTree) throws -> [String] {
        var result: [String] = []
        var wholeFolders: Set<String> = []
        for path in moves {
            if let folder = try tree.outermostMissingParent(of: path) {
                if wholeFolders.insert(folder).inserted { result.append(folder) }
            } else {
                result.append(path)
            }
        }
        return result
    }
}
