import Foundation
import Testing
@testable import SitegenKit

/// Read-only and unreadable folders, which CI cannot create on disk because it runs as root (root
/// ignores permissions), are simulated by the in-memory file system.
@Suite struct PermissionFaultTests {
    private func files(_ pairs: [String: String]) -> [OutputFile] {
        pairs.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: Data($0.value.utf8)) }
    }

    private func snapshot(_ fileSystem: MemoryFileSystem, under directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try fileSystem.files(under: directory) {
            result[path] = try fileSystem.contents(of: joinPath(directory, path))
        }
        return result
    }

    @Test func readOnlySubfolderIsRefusedBeforeTheCommitAndTheOldSiteStays() throws {
        let fileSystem = MemoryFileSystem()
        let writer = SiteWriter(fileSystem: fileSystem, outputDirectory: "site")
        _ = try writer.write(files(["index.html": "home", "a/index.html": "a", "b/index.html": "b"]))
        fileSystem.makeReadOnly("site/a")
        let before = try snapshot(fileSystem, under: "site")

        #expect(throws: SiteWriteError("cannot write into site/a: the folder is read-only; make it writable (chmod u+w) and build again; the previous site is unchanged")) {
            try writer.write(files(["index.html": "HOME", "a/index.html": "A", "b/index.html": "B"]))
        }
        #expect(try snapshot(fileSystem, under: "site") == before, "no file of the old site changed, and no staging is left")
    }

    @Test func removingAStalePageFromAReadOnlyFolderIsRefusedToo() throws {
        let fileSystem = MemoryFileSystem()
        let writer = SiteWriter(fileSystem: fileSystem, outputDirectory: "site")
        _ = try writer.write(files(["index.html": "home", "a/old/index.html": "old"]))
        fileSystem.makeReadOnly("site/a/old")
        let before = try snapshot(fileSystem, under: "site")

        #expect(throws: SiteWriteError("cannot write into site/a/old: the folder is read-only; make it writable (chmod u+w) and build again; the previous site is unchanged")) {
            try writer.write(files(["index.html": "HOME"]))
        }
        #expect(try snapshot(fileSystem, under: "site") == before)
    }

    @Test func unreadableContentFolderIsNamedWithoutCascades() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        fileSystem.makeUnreadable("content/guides")
        #expect(Fixtures.diagnostics(of: fileSystem) == [
            "sitegen: error: cannot read the content directory: content/guides: Permission denied",
        ])
    }
}
