import Foundation
import Testing

/// Runs the real `sitegen` executable as a user would.
@Suite struct EndToEndTests {
    private func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try SitegenProcess.run(arguments, in: directory)
    }

    @Test func buildThenBreakThenFix() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }

        let built = try run(["build"], in: root)
        #expect(built.status == 0)
        #expect(built.stdout.hasPrefix("sitegen: built 13 pages (23 files written, 0 unchanged, 0 removed) in site in "))
        let page = root.appendingPathComponent("site/303/index.html")
        let before = try Data(contentsOf: page)

        try "---\ncode: 303\ntitle: See Other\nrelated: [309]\n---\n[x](/310)\n"
            .write(to: root.appendingPathComponent("content/codes/303.md"), atomically: true, encoding: .utf8)
        let failed = try run(["build"], in: root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/codes/303.md:4:11: error: unknown related code 309\n"))
        #expect(failed.stderr.contains("content/codes/303.md:6:1: error: broken link '/310': no page of the site matches it\n"))
        #expect(failed.stderr.hasSuffix("sitegen: 2 errors; nothing was written\n"))
        #expect(try Data(contentsOf: page) == before)

        let check = try run(["check", "--strict"], in: root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("content/codes/303.md:2:7: error: code 303 has no 'summary'"))
    }

    /// A cache written by another build of sitegen (here: the same executable, copied) is not
    /// trusted: the build says so once, rebuilds everything and replaces it.
    @Test func aCacheFromAnotherSitegenIsReplacedWithAWarning() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let otherSitegen = root.appendingPathComponent("other-sitegen")
        try FileManager.default.copyItem(at: Fixtures.sitegenExecutable, to: otherSitegen)
        #expect(try run(["build"], in: root).status == 0)
        let clean = try Data(contentsOf: root.appendingPathComponent("site/303/index.html"))

        let other = try SitegenProcess.run(["build"], in: root, executable: otherSitegen)
        #expect(other.status == 0)
        #expect(other.stderr.contains("warning: ignoring the build cache "))
        #expect(other.stderr.contains("another version or build of sitegen wrote it; it will be replaced"))
        #expect(other.stdout.hasPrefix("sitegen: built "), "the other cache's record is not trusted")
        #expect(try Data(contentsOf: root.appendingPathComponent("site/303/index.html")) == clean)

        let again = try SitegenProcess.run(["build"], in: root, executable: otherSitegen)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("sitegen: up to date: "))
        #expect(!again.stderr.contains("ignoring the build cache"))
    }

    @Test func checkWritesNothing() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try run(["check", "--strict"], in: root)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("sitegen: checked 13 pages in "))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func helpAndVersion() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let version = try run(["--version"], in: root)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try run(["build", "--help"], in: root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--base-url"))
        #expect(try run(["check", "--version"], in: root).stdout == "0.1.0\n")
    }

    @Test func newWritesAScaffoldOnceAndRefusesToOverwrite() throws {
        let root = try Fixtures.basicSiteOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try run(["new", "420"], in: root)
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("sitegen: wrote content/codes/420.md"))
        let file = root.appendingPathComponent("content/codes/420.md")
        let text = try Fixtures.text(file)
        #expect(text.hasPrefix("---\ncode: 420\n"))

        let again = try run(["new", "420"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr == "sitegen: error: code 420 is already defined in content/codes/420.md\n")
        #expect(try Fixtures.text(file) == text)
        #expect(try run(["check", "--strict"], in: root).stderr.contains("content/codes/420.md:3:9: error: placeholder 'TODO: the reason phrase'"))
    }
}
