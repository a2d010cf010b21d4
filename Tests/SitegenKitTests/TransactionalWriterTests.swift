import Foundation
import Testing
@testable import SitegenKit

/// The output directory changes as one transaction: staged, committed by renames, manifest last.
@Suite struct TransactionalWriterTests {
    private let disk = DiskFileSystem()

    private func directory() throws -> URL { try Fixtures.temporaryDirectory() }

    private func files(_ pairs: [String: String]) -> [OutputFile] {
        pairs.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: Data($0.value.utf8)) }
    }

    private func write(_ pairs: [String: String], into root: URL) throws -> SiteWriter.Summary {
        try SiteWriter(fileSystem: disk, outputDirectory: root.appendingPathComponent("site").path).write(files(pairs))
    }

    private func text(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func writesThenUpdatesThenRemovesAndLeavesNoStaging() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try write(["index.html": "home", "a/index.html": "a", "b/c/index.html": "c"], into: root)
        #expect(first.written == 3)
        let second = try write(["index.html": "home", "a/index.html": "A"], into: root)
        #expect(second == { var s = SiteWriter.Summary(); s.written = 1; s.unchanged = 1; s.removed = 1; return s }())
        let site = root.appendingPathComponent("site")
        #expect(try DirectorySnapshot(site).files == [".sitegen-manifest", "index.html", "a/index.html"])
        #expect(text(site.appendingPathComponent(".sitegen-manifest")) == "a/index.html\nindex.html\n")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("b").path), "empty directories of removed pages go too")
    }

    @Test func droppedTransactionLeavesTheOldSiteByteForByte() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old", "a/index.html": "old a"], into: root)
        let site = root.appendingPathComponent("site")
        let before = try DirectorySnapshot(site)
        do {
            let transaction = try SiteWriter(fileSystem: disk, outputDirectory: site.path).begin()
            try transaction.stage(OutputFile(path: "index.html", data: Data("new".utf8)))
            try transaction.stage(OutputFile(path: "z/index.html", data: Data("new z".utf8)))
        }
        #expect(try DirectorySnapshot(site) == before)
    }

    @Test func stagingWithoutJournalIsRolledBackByTheNextBuild() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old"], into: root)
        let site = root.appendingPathComponent("site")
        try disk.write(Data("half".utf8), to: site.path + "/.sitegen-staging/files/index.html")
        try disk.write(Data("sitegen-commit 1\nM ind".utf8), to: site.path + "/.sitegen-staging/COMMIT.tmp")
        let summary = try write(["index.html": "old"], into: root)
        #expect(summary.unchanged == 1)
        #expect(try DirectorySnapshot(site).entries.keys.sorted() == [".sitegen-manifest", "index.html"])
    }

    @Test func committedJournalIsFinishedByTheNextBuild() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old", "gone/index.html": "gone"], into: root)
        let site = root.appendingPathComponent("site")
        // What a build killed right after its commit point leaves behind.
        try disk.write(Data("new".utf8), to: site.path + "/.sitegen-staging/files/index.html")
        try disk.write(Data("new b".utf8), to: site.path + "/.sitegen-staging/files/b/index.html")
        try disk.write(Data("b/index.html\nindex.html\n".utf8), to: site.path + "/.sitegen-staging/manifest")
        try disk.write(Data(CommitJournal(moves: ["b/index.html", "index.html"], removals: ["gone/index.html"]).encoded()),
                       to: site.path + "/.sitegen-staging/COMMIT")
        // A failing build still recovers first: the output is now the complete new site.
        let transaction = try SiteWriter(fileSystem: disk, outputDirectory: site.path).begin()
        transaction.discard()
        #expect(try DirectorySnapshot(site).files == [".sitegen-manifest", "index.html", "b/index.html"])
        #expect(text(site.appendingPathComponent("index.html")) == "new")
        #expect(text(site.appendingPathComponent(".sitegen-manifest")) == "b/index.html\nindex.html\n")
    }

    @Test func journalRoundTripsEveryPath() throws {
        let journal = CommitJournal(moves: ["a b/index.html", "100%/x", "line\nbreak/index.html"], removals: ["CNAME%0A"])
        #expect(CommitJournal(decoding: journal.encoded()) == nil, "a control character is never a valid output path")
        let valid = CommitJournal(moves: ["a b/index.html", "100%/x", "é/index.html"], removals: ["%0A"])
        #expect(CommitJournal(decoding: valid.encoded()) == valid)
        #expect(CommitJournal(decoding: Array(valid.encoded().dropLast())) == nil, "a torn journal is not a commit")
    }

    @Test func manifestEscapesBytesThatCouldSplitAnEntry() {
        let encoded = Manifest.encode(["a%b/index.html", "x\ny"])
        #expect(String(decoding: encoded, as: UTF8.self) == "a%25b/index.html\nx%0Ay\n")
        #expect(Manifest.decode(encoded) == ["a%b/index.html"], "a decoded path with a newline is dropped, not trusted")
        #expect(Manifest.decode(Array("../outside\n/etc/passwd\nok\n".utf8)) == ["ok"])
    }

    @Test func collisionsAndReservedNamesAreRefusedBeforeAnythingChanges() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old"], into: root)
        let site = root.appendingPathComponent("site")
        let before = try DirectorySnapshot(site)
        let cases: [([OutputFile], String)] = [
            ([OutputFile(path: "404.html", data: Data()), OutputFile(path: "404.html", data: Data())],
             "two files of the site would be written to \(site.path)/404.html"),
            ([OutputFile(path: ".sitegen-manifest", data: Data())],
             "cannot write '.sitegen-manifest' into the site: the name is reserved for sitegen's own bookkeeping"),
            ([OutputFile(path: "../index.html", data: Data())],
             "cannot write '../index.html' into the site: the path has an empty, '.' or '..' component"),
            ([OutputFile(path: "a\nb/index.html", data: Data())],
             "cannot write 'a\nb/index.html' into the site: the path contains a control character"),
        ]
        for (files, message) in cases {
            #expect(throws: SiteWriteError(message)) { _ = try SiteWriter(fileSystem: disk, outputDirectory: site.path).write(files) }
            #expect(try DirectorySnapshot(site) == before)
        }
    }

    /// Plain ASCII paths are checked in bytes, others in characters: the same rules either way.
    @Test func pathRulesDoNotDependOnTheAlphabet() {
        let empty = "the path has an empty, '.' or '..' component"
        let reserved = "the name is reserved for sitegen's own bookkeeping"
        let cases: [(String, String?)] = [
            ("a/index.html", nil), ("é/index.html", nil),
            ("/a/index.html", "the path is absolute"), ("/é/index.html", "the path is absolute"),
            ("a\tb/index.html", "the path contains a control character"), ("é\tb/index.html", "the path contains a control character"),
            ("a//index.html", empty), ("é//index.html", empty),
            ("a/./index.html", empty), ("é/./index.html", empty),
            ("a/../index.html", empty), ("é/../index.html", empty),
            ("a/", empty), ("é/", empty),
            (String(repeating: "a", count: 256) + "/index.html", "a path component is longer than 255 bytes"),
            (String(repeating: "a", count: 254) + "é/index.html", "a path component is longer than 255 bytes"),
            (String(repeating: "a", count: 255) + "/index.html", nil), (String(repeating: "a", count: 253) + "é/index.html", nil),
            (".sitegen-staging/index.html", reserved), (".sitegen-staging/é.html", reserved), (".sitegen-manifest", reserved),
            ("x/.sitegen-manifest", nil), ("é/.sitegen-manifest", nil),
            ("a/...", nil), ("é/...", nil),
        ]
        for (path, problem) in cases {
            #expect(OutputPath.problem(with: path) == problem, "\(path.debugDescription)")
        }
    }

    /// A rebuild keeps unchanged pages by path, looking at each folder once through its parent's
    /// listing; a page folder replaced by a link since the last build must still be refused.
    @Test func keptPagesAreNeverKeptThroughALink() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["p/a/index.html": "a", "p/b/index.html": "b"], into: root)
        let site = root.appendingPathComponent("site")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "b".write(to: outside.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("p/b"))
        try FileManager.default.createSymbolicLink(atPath: site.path + "/p/b", withDestinationPath: outside.path)
        let transaction = try SiteWriter(fileSystem: disk, outputDirectory: site.path).begin()
        try transaction.keep("p/a/index.html")
        #expect(throws: SiteWriteError("\(site.path)/p/b is a symbolic link; sitegen never writes through a link in the output directory, so remove it")) {
            try transaction.keep("p/b/index.html")
        }
        transaction.discard()
    }

    @Test func neverWritesThroughALinkOrOverAForeignFile() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old"], into: root)
        let site = root.appendingPathComponent("site")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/guides", withDestinationPath: outside.path)
        try "mine".write(to: site.appendingPathComponent("CNAME"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("404.html"), withIntermediateDirectories: true)
        let before = try DirectorySnapshot(site)
        let cases: [(String, String)] = [
            ("guides/index.html", "\(site.path)/guides is a symbolic link; sitegen never writes through a link in the output directory, so remove it"),
            ("CNAME", "\(site.path)/CNAME exists but sitegen did not write it (it is not in .sitegen-manifest); move it away, or rename what would replace it"),
            ("404.html", "\(site.path)/404.html is a directory where sitegen needs to write a file; remove it"),
        ]
        for (path, message) in cases {
            let files = [OutputFile(path: "index.html", data: Data("new".utf8)), OutputFile(path: path, data: Data("x".utf8))]
            #expect(throws: SiteWriteError(message)) { _ = try SiteWriter(fileSystem: disk, outputDirectory: site.path).write(files) }
            #expect(try DirectorySnapshot(site) == before)
        }
        #expect(try disk.entries(of: outside.path).isEmpty)
    }

    @Test func staleManifestEntriesUnderALinkNeverDeleteOutside() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old", "guides/x/index.html": "x"], into: root)
        let site = root.appendingPathComponent("site")
        let outside = root.appendingPathComponent("outside/x")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "precious".write(to: outside.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("guides"))
        try FileManager.default.createSymbolicLink(atPath: site.path + "/guides", withDestinationPath: root.appendingPathComponent("outside").path)
        let summary = try write(["index.html": "old"], into: root)
        #expect(summary.removed == 0)
        #expect(text(outside.appendingPathComponent("index.html")) == "precious")
    }

    @Test func aSecondBuildCannotTakeTheLock() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site").path
        let first = try SiteWriter(fileSystem: disk, outputDirectory: site).begin()
        #expect(throws: SiteWriteError("another sitegen build is writing into '\(site)'; wait for it to finish and build again")) {
            _ = try SiteWriter(fileSystem: disk, outputDirectory: site).begin()
        }
        try first.stage(OutputFile(path: "index.html", data: Data("x".utf8)))
        _ = try first.commit()
        _ = try SiteWriter(fileSystem: disk, outputDirectory: site).begin()
    }

    /// A web server or an editor may hold a page open while a build replaces it: renames leave the
    /// reader with the whole old file and the site with the whole new one.
    @Test func filesHeldOpenByAnotherProcessAreReplacedWhole() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(["index.html": "old home", "a/index.html": "old a"], into: root)
        let site = root.appendingPathComponent("site")
        let reader = try FileHandle(forReadingFrom: site.appendingPathComponent("a/index.html"))
        defer { try? reader.close() }
        let summary = try write(["index.html": "new home", "a/index.html": "new a"], into: root)
        #expect(summary.written == 2)
        #expect(text(site.appendingPathComponent("a/index.html")) == "new a")
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == "old a")
    }

    @Test func stagingFromManyThreadsCommitsEveryFile() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let transaction = try SiteWriter(fileSystem: disk, outputDirectory: site.path).begin()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 500) { index in
            do { try transaction.stage(OutputFile(path: "\(index % 7)/\(index)/index.html", data: Data("\(index)".utf8))) } catch { failures.add(error) }
        }
        #expect(failures.count == 0)
        #expect(try transaction.commit().written == 500)
        #expect(try DirectorySnapshot(site).files.count == 501)
    }

    @Test func refusesOutputThatResolvesIntoInputsOrForeignDirectories() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["content", "templates", "mine"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "keep".write(to: root.appendingPathComponent("mine/notes.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link", withDestinationPath: root.path + "/content")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/mine-link", withDestinationPath: root.path + "/mine")
        func problems(_ output: String) -> [String] {
            var log = DiagnosticLog()
            SiteWriter(fileSystem: disk, outputDirectory: output).checkSafeToWrite(
                workingDirectory: root.path, protectedDirectories: [root.path + "/content", root.path + "/templates"], log: &log)
            return log.diagnostics.map(\.message)
        }
        #expect(problems(root.path + "/link/site") == ["refusing to write the site into '\(root.path)/link/site': it overlaps the input directory '\(root.path)/content'"])
        #expect(problems(root.path + "/mine-link") == ["refusing to write into '\(root.path)/mine-link': it is not empty and has no .sitegen-manifest, so sitegen did not create it; choose an empty or new directory"])
        #expect(problems("/") == ["refusing to write the site into '/'; use an output directory such as 'site'"])
        #expect(problems(root.path + "/new") == [])
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var count: Int { lock.withLock { errors.count } }
}
