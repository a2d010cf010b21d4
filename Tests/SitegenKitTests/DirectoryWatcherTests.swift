import Foundation
import Testing
import SitegenServe

/// The real watcher on a temporary directory, with inotify (on Linux) and with polling.
/// Waits are generous; only the order of events matters.
@Suite struct DirectoryWatcherTests {
    /// Collects the batches the watcher delivers.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [[String]] = []
        func append(_ batch: ChangeCoalescer.Batch) { lock.withLock { batches.append(batch.paths) } }
        var all: [[String]] { lock.withLock { batches } }

        func wait(for count: Int, seconds: Double = 10) -> [[String]] {
            let deadline = Date().addingTimeInterval(seconds)
            while all.count < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return all
        }
    }

    private func watch(_ root: URL, polling: Bool, into batches: Batches) -> DirectoryWatcher {
        DirectoryWatcher(roots: [root.path], forcePolling: polling, pollInterval: .milliseconds(100),
                         coalescer: ChangeCoalescer(quietPeriod: .milliseconds(40), writeTimeout: .seconds(20))) { batches.append($0) }
    }

    @Test(arguments: [false, true]) func aSaveInPiecesIsOneBatchOnceComplete(polling: Bool) throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("303.md")
        try "old".write(to: file, atomically: false, encoding: .utf8)
        let batches = Batches()
        let watcher = watch(root, polling: polling, into: batches)
        defer { watcher.stop() }
        #if os(Linux)
        #expect(watcher.mechanism == (polling ? .polling : .inotify))
        #endif

        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("---\ncode: 303\n".utf8))
        if !polling {
            // inotify saw the writes but no close: the half-written file must not be handed on.
            Thread.sleep(forTimeInterval: 1)
            #expect(batches.all.isEmpty)
        }
        try handle.write(contentsOf: Data("title: See Other\n---\n".utf8))
        try handle.close()
        #expect(batches.wait(for: 1) == [[file.path]])
        Thread.sleep(forTimeInterval: 0.5)
        #expect(batches.all.count == 1, "one save, one batch")
    }

    @Test(arguments: [false, true]) func newDeletedAndRenamedFilesCount(polling: Bool) throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try "a".write(to: root.appendingPathComponent("old.md"), atomically: false, encoding: .utf8)
        try "b".write(to: root.appendingPathComponent("gone.md"), atomically: false, encoding: .utf8)
        let batches = Batches()
        let watcher = watch(root, polling: polling, into: batches)
        defer { watcher.stop() }

        let guides = root.appendingPathComponent("guides")
        try FileManager.default.createDirectory(at: guides, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: root.appendingPathComponent("old.md"), to: guides.appendingPathComponent("new.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("gone.md"))
        let paths = Set(batches.wait(for: 1).flatMap { $0 })
        #expect(paths.isSuperset(of: [root.appendingPathComponent("old.md").path, guides.appendingPathComponent("new.md").path,
                                      root.appendingPathComponent("gone.md").path]))

        // A file in the new directory is watched too.
        try "c".write(to: guides.appendingPathComponent("later.md"), atomically: false, encoding: .utf8)
        let deadline = Date().addingTimeInterval(10)
        while !batches.all.joined().contains(guides.appendingPathComponent("later.md").path), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(batches.all.joined().contains(guides.appendingPathComponent("later.md").path))
    }

    @Test func editorScratchFilesAreIgnored() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let batches = Batches()
        let watcher = watch(root, polling: false, into: batches)
        defer { watcher.stop() }
        for name in [".303.md.swp", "303.md~", "4913"] {
            try "x".write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try "x".write(to: root.appendingPathComponent("303.md"), atomically: false, encoding: .utf8)
        #expect(batches.wait(for: 1) == [[root.appendingPathComponent("303.md").path]])
    }
}
