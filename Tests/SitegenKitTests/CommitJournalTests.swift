import Foundation
import Testing
@testable import SitegenKit

/// How a commit moves and removes files, and how the next build finishes one that was cut short
/// at any step: after some whole folders moved, after a stale file went but not its folder.
@Suite struct CommitJournalTests {
    private let disk = DiskFileSystem()

    private func write(_ pairs: [String: String], into site: URL) throws -> SiteWriter.Summary {
        let files = pairs.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: Data($0.value.utf8)) }
        return try SiteWriter(fileSystem: disk, outputDirectory: site.path).write(files)
    }

    private func text(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func commitCutShortMidwayIsFinishedByTheNextBuild() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        _ = try write(["index.html": "old", "gone/x/index.html": "gone"], into: site)
        // Killed after the journal: new/a moved whole already, new/b and index.html still staged,
        // the stale page removed but not yet its emptied folders.
        let staged = site.path + "/.sitegen-staging/files"
        try disk.write(Data("new".utf8), to: staged + "/index.html")
        try disk.write(Data("new b".utf8), to: staged + "/new/b/index.html")
        try disk.write(Data("new a".utf8), to: site.path + "/new/a/index.html")
        try FileManager.default.removeItem(atPath: site.path + "/gone/x/index.html")
        let manifest = "index.html\nnew/a/index.html\nnew/b/index.html\n"
        try disk.write(Data(manifest.utf8), to: site.path + "/.sitegen-staging/manifest")
        let journal = CommitJournal(moves: ["index.html", "new/a/index.html", "new/b/index.html"], removals: ["gone/x/index.html"])
        try disk.write(Data(journal.encoded()), to: site.path + "/.sitegen-staging/COMMIT")

        try SiteWriter(fileSystem: disk, outputDirectory: site.path).begin().discard()
        #expect(try DirectorySnapshot(site).entries.keys.sorted() == [
            ".sitegen-manifest", "index.html", "new", "new/a", "new/a/index.html", "new/b", "new/b/index.html",
        ], "every staged file is in place, and no emptied folder or staging is left")
        #expect(text(site.appendingPathComponent("new/b/index.html")) == "new b")
        #expect(text(site.appendingPathComponent(".sitegen-manifest")) == manifest)
    }

    @Test func newFoldersMoveWholeAndExistingOnesFileByFile() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        _ = try write(["a/index.html": "a", "a/b/index.html": "b"], into: site)
        let summary = try write(["a/index.html": "A", "a/b/index.html": "b", "a/c/d/index.html": "d", "e/f/index.html": "f"], into: site)
        #expect(summary.written == 3)
        #expect(summary.unchanged == 1)
        #expect(try DirectorySnapshot(site).files == [".sitegen-manifest", "a/index.html", "a/b/index.html", "a/c/d/index.html", "e/f/index.html"])
        #expect(text(site.appendingPathComponent("a/c/d/index.html")) == "d")
    }

    /// The size is compared first, but a file of the same size is still read: equal sizes alone
    /// never count as unchanged.
    @Test func fileOfTheSameSizeWithOtherBytesIsReplaced() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        _ = try write(["index.html": "abc"], into: site)
        #expect(try write(["index.html": "abd"], into: site).written == 1)
        #expect(text(site.appendingPathComponent("index.html")) == "abd")
        #expect(try write(["index.html": "abd"], into: site).unchanged == 1)
        #expect(try write(["index.html": ""], into: site).written == 1)
        #expect(try write(["index.html": ""], into: site).unchanged == 1)
    }

    @Test func comparingContentsNeverFollowsALink() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("target")
        try "same".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link", withDestinationPath: target.path)
        #expect(disk.hasContents(Data("same".utf8), at: target.path))
        #expect(!disk.hasContents(Data("sam".utf8), at: target.path), "a longer file never matches")
        #expect(!disk.hasContents(Data("same".utf8), at: root.path + "/link"))
        #expect(!disk.hasContents(Data(), at: root.path))
    }

    @Test func comparingTwoFilesReadsBothToTheEndAndNeverFollowsALink() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // Larger than one piece of the comparison, with the difference in the last piece.
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        var other = bytes
        other[other.count - 1] &+= 1
        for (name, data) in [("a", bytes), ("b", bytes), ("c", other), ("short", bytes.dropLast()), ("empty", Data()), ("empty2", Data())] {
            try disk.write(data, to: root.path + "/" + name)
        }
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link", withDestinationPath: root.path + "/a")
        let path = { (name: String) in root.path + "/" + name }
        #expect(disk.hasSameContents(path("a"), as: path("b")))
        #expect(disk.hasSameContents(path("empty"), as: path("empty2")))
        #expect(!disk.hasSameContents(path("a"), as: path("c")), "the last byte differs")
        #expect(!disk.hasSameContents(path("a"), as: path("short")), "a shorter file never matches")
        #expect(!disk.hasSameContents(path("short"), as: path("a")))
        #expect(!disk.hasSameContents(path("a"), as: path("link")))
        #expect(!disk.hasSameContents(path("a"), as: path("missing")))
        #expect(!disk.hasSameContents(root.path, as: root.path), "a directory is not a file")
    }

    /// A file staged in pieces is their concatenation; when the live file already holds exactly
    /// that, it is left as it is (not moved, so its inode stays), and otherwise replaced.
    @Test func fileStagedInPiecesIsWrittenOnlyWhenItChanged() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let writer = SiteWriter(fileSystem: disk, outputDirectory: site.path)
        func stage(_ pieces: [String]) throws -> SiteWriter.Summary {
            let transaction = try writer.begin()
            try transaction.stage("data/list.txt", pieces: pieces.map { Data($0.utf8) })
            return try transaction.commit()
        }
        let inode = { try FileManager.default.attributesOfItem(atPath: site.path + "/data/list.txt")[.systemFileNumber] as? Int }
        #expect(try stage(["one\n", "", "two\n", "three\n"]).written == 1)
        #expect(text(site.appendingPathComponent("data/list.txt")) == "one\ntwo\nthree\n")
        let first = try inode()
        let unchanged = try stage(["one\ntwo\n", "three\n"])
        #expect(unchanged.unchanged == 1 && unchanged.written == 0, "the same bytes in other pieces")
        #expect(try inode() == first)
        #expect(try stage(["one\ntwo\n", "three!"]).written == 1, "same size, other bytes")
        #expect(text(site.appendingPathComponent("data/list.txt")) == "one\ntwo\nthree!")
        #expect(try DirectorySnapshot(site).files == [".sitegen-manifest", "data/list.txt"], "no staging is left")
    }
}
