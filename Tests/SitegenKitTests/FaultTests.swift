import Foundation
import Testing

/// Faults during the write phase, with the real executable: `kill -9` at random moments, and a
/// file system that fills up. After each, the output must be the complete old or the complete
/// new site (once sitegen has run again), and the next build must leave exactly the new site.
@Suite(.serialized) struct FaultTests {
    /// A generated project: the basic fixture's templates and `count` small guides.
    private func project(pages count: Int, version: String) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(at: Fixtures.basicSite.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try writeContent(in: root, pages: count, version: version)
        return root
    }

    /// Replaces `content/` with `count` guides whose text depends on `version`; version "b" drops
    /// every tenth page and adds new ones, so a build both writes and removes.
    private func writeContent(in root: URL, pages count: Int, version: String) throws {
        let content = root.appendingPathComponent("content")
        try? FileManager.default.removeItem(at: content)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("guides"), withIntermediateDirectories: true)
        try "title: Fault test\n".write(to: content.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
        for number in 0..<count where !(version == "b" && number % 10 == 0) {
            try "---\ntitle: Page \(number) \(version)\n---\nText of page \(number), version \(version).\n"
                .write(to: content.appendingPathComponent("guides/p\(number).md"), atomically: false, encoding: .utf8)
        }
        if version == "b" {
            for number in 0..<(count / 10) {
                try "---\ntitle: New \(number)\n---\nNew.\n".write(to: content.appendingPathComponent("guides/new\(number).md"), atomically: false, encoding: .utf8)
            }
        }
    }

    private func site(_ root: URL) throws -> DirectorySnapshot {
        try DirectorySnapshot(root.appendingPathComponent("site"))
    }

    private func copy(_ source: URL, to destination: URL) throws {
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: source, to: destination)
    }

    @Test func killedBuildsLeaveTheOldOrTheNewSite() throws {
        let root = try project(pages: 1000, version: "a")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        #expect(try SitegenProcess.run(["build", "--no-cache"], in: root).status == 0)
        let oldSite = try site(root)
        let oldCopy = root.appendingPathComponent("old-site")
        try copy(output, to: oldCopy)

        try writeContent(in: root, pages: 1000, version: "b")
        let started = Date()
        #expect(try SitegenProcess.run(["build", "--no-cache"], in: root).status == 0)
        let fullBuild = Date().timeIntervalSince(started)
        let newSite = try site(root)
        #expect(oldSite != newSite)
        // A content directory with an error: a build that recovers the output, then fails.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("broken"), withIntermediateDirectories: true)
        try "---\n".write(to: root.appendingPathComponent("broken/x.md"), atomically: false, encoding: .utf8)

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        for _ in 0..<20 {
            try copy(oldCopy, to: output)
            let process = Process()
            process.executableURL = Fixtures.sitegenExecutable
            process.arguments = ["build", "--no-cache"]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from late in rendering to the end of the commit.
            usleep(UInt32(Double.random(in: 0.2...1.0, using: &generator) * fullBuild * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let staging = output.appendingPathComponent(".sitegen-staging")
            let committed = FileManager.default.fileExists(atPath: staging.appendingPathComponent("COMMIT").path)
            // An empty staging directory is one just created, or just emptied after a commit.
            let staged = !((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty
            var live = try site(root)
            live.entries = live.entries.filter { !$0.key.hasPrefix(".sitegen-staging") }
            let expected: DirectorySnapshot
            if committed {
                outcomes["killed while committing", default: 0] += 1
                expected = newSite
            } else if staged {
                #expect(live == oldSite, "before the commit point the live site is untouched: \(difference(live, oldSite))")
                outcomes["killed while staging", default: 0] += 1
                expected = oldSite
            } else {
                #expect(live == oldSite || live == newSite, "without staging the site is complete: \(difference(live, newSite))")
                outcomes[live == oldSite ? "killed before staging" : "killed after the commit", default: 0] += 1
                expected = live
            }

            // Any later run first finishes or rolls back the interrupted write, even a failing one.
            let failing = try SitegenProcess.run(["build", "--no-cache", "--content", "broken"], in: root)
            #expect(failing.status == 1)
            let recovered = try site(root)
            #expect(recovered == expected, "\(difference(recovered, expected))")
            // And the next real build leaves exactly the new site: nothing unlisted, no stray files.
            #expect(try SitegenProcess.run(["build", "--no-cache"], in: root).status == 0)
            #expect(try site(root) == newSite)
        }
        print("kill test: 20 kills of a 1,000-page build (full build \(Int(fullBuild * 1000)) ms): \(outcomes.sorted { $0.key < $1.key })")
    }

    /// The first few paths where two snapshots differ, for a readable failure.
    private func difference(_ a: DirectorySnapshot, _ b: DirectorySnapshot) -> String {
        let keys = Set(a.entries.keys).union(b.entries.keys).filter { a.entries[$0] != b.entries[$0] }
        return keys.sorted().prefix(5).map { "\($0): \(a.entries[$0]?.prefix(20) ?? "missing") vs \(b.entries[$0]?.prefix(20) ?? "missing")" }
            .joined(separator: "; ")
    }

    @Test func fullDiskLeavesTheOldSiteAndExitsWithAnError() throws {
        guard getuid() == 0 else {
            print("fullDiskLeavesTheOldSiteAndExitsWithAnError: skipped, mounting a small tmpfs needs root")
            return
        }
        let root = try project(pages: 40, version: "a")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=512k", "tmpfs", output.path]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            print("fullDiskLeavesTheOldSiteAndExitsWithAnError: skipped, this machine does not allow mounting a tmpfs")
            return
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [output.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        #expect(try SitegenProcess.run(["build", "--no-cache"], in: root).status == 0)
        let oldSite = try site(root)

        // A new version far larger than the 512 KiB file system.
        try writeContent(in: root, pages: 40, version: "b")
        let big = String(repeating: "Filler text that does not fit. ", count: 2_000)
        for number in 0..<40 {
            try "---\ntitle: Big \(number)\n---\n\(big)\n".write(to: root.appendingPathComponent("content/guides/big\(number).md"), atomically: false, encoding: .utf8)
        }
        let result = try SitegenProcess.run(["build", "--no-cache"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.contains(": No space left on device"), "the error names the cause: \(result.stderr)")
        #expect(result.stderr.contains("sitegen: error: cannot write site/"), "the error names the path: \(result.stderr)")
        #expect(try site(root) == oldSite, "the old site is intact and no staging is left")
    }
}
