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
        for path in moves { bytes += Array("M ".utf8) + Manifest.encodeLine(path) + [UInt8(ascii: "\n")] }
        for path in removals { bytes += Array("R ".utf8) + Manifest.encodeLine(path) + [UInt8(ascii: "\n")] }
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
    func apply(fileSystem: any FileSystem, root: String) throws -> Int {
        let staging = joinPath(root, OutputPath.stagingName)
        let tree = OutputTree(fileSystem: fileSystem, root: root)
        for path in moves {
            let source = joinPath(staging, Self.filesDirectory, path)
            guard fileSystem.kind(of: source) != nil else { continue }
            try tree.createParents(of: path)
            try fileSystem.move(source, to: joinPath(root, path))
        }
        var removed = 0
        for path in removals where tree.parentsAreRealDirectories(path) {
            let live = joinPath(root, path)
            guard let kind = fileSystem.kind(of: live), kind == .file || kind == .symbolicLink else { continue }
            try fileSystem.removeFile(live)
            removed += 1
            try tree.removeEmptyParents(of: path)
        }
        let manifest = joinPath(staging, Self.manifestFile)
        if fileSystem.kind(of: manifest) == .file {
            try fileSystem.move(manifest, to: joinPath(root, OutputPath.manifestName))
        }
        // The journal goes last: staging without a journal must always mean "not committed".
        try fileSystem.removeTree(joinPath(staging, Self.filesDirectory))
        try fileSystem.removeFile(joinPath(staging, Self.fileName))
        try fileSystem.removeTree(staging)
        return removed
    }
}
