import Foundation
import Testing
import SitegenKit

/// Rebuilds with the build cache write exactly what a clean build of the same inputs writes,
/// whatever kind of change came in between; the cache is never trusted when it should not be.
@Suite struct IncrementalBuildTests {
    /// A copy of the basic fixture on disk, built into `site/` with the cache in `.sitegen-cache/`.
    private struct Workspace {
        let root: URL

        init() throws {
            root = try Fixtures.temporaryDirectory()
            for part in ["content", "templates"] {
                try FileManager.default.copyItem(at: Fixtures.basicSite.appendingPathComponent(part), to: root.appendingPathComponent(part))
            }
            settle()
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func options(output: String = "site", cache: Bool = true) -> BuildOptions {
            BuildOptions(contentDirectory: path("content"), templatesDirectory: path("templates"), outputDirectory: path(output), useCache: cache)
        }

        func build() throws -> BuildResult {
            try SiteBuilder(workingDirectory: root.path).build(options())
        }

        /// A build from scratch into a new directory, without the cache.
        func cleanBuild() throws -> (DirectorySnapshot, [Diagnostic]) {
            let output = "clean-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: path(output)) }
            let result = try SiteBuilder(workingDirectory: root.path).build(options(output: output, cache: false))
            return (try DirectorySnapshot(URL(fileURLWithPath: path(output))), result.diagnostics)
        }

        func site() throws -> DirectorySnapshot { try DirectorySnapshot(URL(fileURLWithPath: path("site"))) }

        /// Builds with the cache, then expects the site and diagnostics of a clean build.
        func rebuildAsCleanBuild(after kind: String) throws -> BuildResult {
            let result = try build()
            let (clean, cleanDiagnostics) = try cleanBuild()
            #expect(try site() == clean, "after changing \(kind)")
            #expect(result.diagnostics == cleanDiagnostics, "after changing \(kind)")
            return result
        }

        func edit(_ relative: String, _ transform: (String) -> String) throws {
            let url = root.appendingPathComponent(relative)
            try transform(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
            settle()
        }

        /// Lets file times move past the window in which the cache does not trust them.
        func settle() { Thread.sleep(forTimeInterval: 0.06) }

        var cacheFiles: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: path(".sitegen-cache"))) ?? []
        }
    }

    /// Each change is applied on top of the previous ones; after each, the incremental build must
    /// equal a clean build byte for byte, and no staging directory may be left.
    @Test func rebuildEqualsCleanBuildAcrossKindsOfChange() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        let changes: [(String, () throws -> Void)] = [
            ("nothing", {}),
            ("a body link that adds a related code and a backlink", {
                try workspace.edit("content/codes/303.md") { $0 + "\nAlso compare [200](200.md).\n" }
            }),
            ("a title shown on other pages", {
                try workspace.edit("content/codes/307.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Renamed ") }
            }),
            ("a new code in a family list", {
                try "---\ncode: 308\ntitle: Permanent Redirect\nsummary: Moved for good.\n---\nBody.\n"
                    .write(toFile: workspace.path("content/codes/308.md"), atomically: false, encoding: .utf8)
                workspace.settle()
            }),
            ("a removed code", {
                try FileManager.default.removeItem(atPath: workspace.path("content/codes/308.md"))
                workspace.settle()
            }),
            ("a template", { try workspace.edit("templates/code.mustache") { $0 + "<!-- edited -->\n" } }),
            ("an asset", { try workspace.edit("templates/assets/style.css") { $0 + "p { margin: 0 }\n" } }),
            ("site.yml", { try workspace.edit("content/site.yml") { $0.replacingOccurrences(of: "title: Fixture", with: "title: Renamed") } }),
        ]
        for (kind, change) in changes {
            try change()
            let result = try workspace.rebuildAsCleanBuild(after: kind)
            #expect(result.fromCache == (kind == "nothing"), "after changing \(kind)")
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/.sitegen-staging")), "after changing \(kind)")
        }
    }

    /// A page is rendered again exactly when something it shows changed: a template change
    /// renders the pages of that template (and of templates that include it), nothing else.
    @Test func aTemplateChangeRendersOnlyThePagesUsingIt() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let first = try workspace.build()
        #expect(first.reused.pages == 0)
        // 4 code pages, 1 guide; every template inherits base.mustache (13 pages in all).
        for (template, rendered) in [("code", 4), ("page", 1), ("base", 13), ("home", 1)] {
            try workspace.edit("templates/\(template).mustache") { $0 + "<!-- edited -->\n" }
            let result = try workspace.build()
            #expect(result.pageCount == 13)
            #expect(result.pageCount - result.reused.pages == rendered, "after editing \(template).mustache")
            #expect(result.reused.documents == 6 && result.reused.bodies == 6, "no Markdown is parsed or rendered again")
            #expect(try workspace.site() == (try workspace.cleanBuild().0), "after editing \(template).mustache")
        }
        // A shared part is rendered once into every page's values (see `SharedLayout`), so adding
        // or editing it renders every page again.
        for text in ["<header>{{site.title}}</header>\n", "<header>{{site.title}}!</header>\n"] {
            try text.write(toFile: workspace.path("templates/site-header.mustache"), atomically: false, encoding: .utf8)
            workspace.settle()
            let result = try workspace.build()
            #expect(result.reused.pages == 0, "after writing \(text)")
            #expect(try workspace.site() == (try workspace.cleanBuild().0), "after writing \(text)")
        }
    }

    /// A content change renders the pages that show what changed, and no other.
    @Test func aContentChangeRendersOnlyThePagesShowingIt() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        let changes: [(path: String, edit: (String) -> String, rendered: Int, written: Int, dataFilesKept: Int)] = [
            // Only the guide's own body: the page is rendered and written, nothing else; the site
            // data files (5 and one JSON file per code) are not even made.
            ("content/guides/redirects.md", { $0 + "\nOne more line.\n" }, 1, 1, 9),
            // 303 itself (a new related code) and 200 (a new backlink from 303); written with
            // codes.json and 303.json, which list related codes.
            ("content/codes/303.md", { $0 + "\nAlso compare [200](200.md).\n" }, 2, 4, 0),
        ]
        for (path, edit, rendered, written, dataFilesKept) in changes {
            try workspace.edit(path, edit)
            let result = try workspace.build()
            #expect(result.pageCount - result.reused.pages == rendered, "after editing \(path)")
            #expect(result.reused.siteDataFiles == dataFilesKept, "after editing \(path)")
            #expect(result.reused.documents == 5, "only \(path) is parsed again")
            #expect(result.reused.bodies == 5, "only \(path)'s body is rendered again")
            #expect(result.writeSummary?.written == written, "after editing \(path)")
            #expect(try workspace.site() == (try workspace.cleanBuild().0), "after editing \(path)")
        }
    }

    /// The site data files are kept only while nothing they show changed: a guide's title, summary
    /// or headings (all in the search index) make them again; a kept file that was edited in the
    /// output is made again too.
    @Test func siteDataFilesFollowWhatTheyShow() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        let guide = "content/guides/redirects.md"
        let changes: [(kind: String, edit: () throws -> Void, shown: String?)] = [
            ("a guide's title", { try workspace.edit(guide) { $0.replacingOccurrences(of: "title: Choosing", with: "title: Picking") } },
             "Picking a redirect"),
            ("a guide's summary", { try workspace.edit(guide) { $0.replacingOccurrences(of: "summary: 303 or 307?", with: "summary: 303, or 307?") } },
             "303, or 307?"),
            ("a guide's heading", { try workspace.edit(guide) { $0.replacingOccurrences(of: "## The choice", with: "## The decision") } },
             "The decision"),
            ("the search index in the output, then a guide's body", {
                try "tampered".write(toFile: workspace.path("site/search-index.js"), atomically: false, encoding: .utf8)
                try workspace.edit(guide) { $0 + "\nOne more line.\n" }
            }, "Picking a redirect"),
        ]
        for (kind, edit, shown) in changes {
            try edit()
            let result = try workspace.build()
            #expect(result.reused.siteDataFiles == 0, "after changing \(kind)")
            #expect(result.reused.documents == 5, "after changing \(kind)")
            #expect(try workspace.site() == (try workspace.cleanBuild().0), "after changing \(kind)")
            if let shown {
                let index = try String(contentsOfFile: workspace.path("site/search-index.js"), encoding: .utf8)
                #expect(index.contains(shown), "the search index shows the new \(kind)")
            }
        }
        try workspace.edit(guide) { $0 + "\nAnd another line.\n" }
        let kept = try workspace.build()
        #expect(kept.reused.siteDataFiles == 9, "a body change that shows nowhere else keeps them")
        #expect(try workspace.site() == (try workspace.cleanBuild().0))
    }

    /// Plain pages that link to each other's fragments and to codes, while pages come and go
    /// before them (which moves every later page in the index): each rebuild equals a clean
    /// build, its broken fragments included, and a kept page edited in the output is restored.
    @Test func plainPagesLinkingToEachOtherRebuildAsCleanBuilds() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        func write(_ relative: String, _ text: String) throws {
            try text.write(toFile: workspace.path(relative), atomically: false, encoding: .utf8)
            workspace.settle()
        }
        try workspace.edit("content/site.yml") { $0 + "links:\n  broken: warning\n" }
        try write("content/guides/a.md", "---\ntitle: A\n---\nSee [b](b.md#part), [303](../codes/303.md) and [c](c.md#gone).\n")
        try write("content/guides/b.md", "---\ntitle: B\n---\n## Part\n\nOn to [c](c.md#here).\n")
        try write("content/guides/c.md", "---\ntitle: C\n---\n## Here\n\nText.\n")
        _ = try workspace.build()
        let changes: [(String, () throws -> Void)] = [
            ("one page's body", { try workspace.edit("content/guides/b.md") { $0 + "\nOne more line.\n" } }),
            ("a page added before the others", { try write("content/guides/0-first.md", "---\ntitle: First\n---\n[b](b.md#part)\n") }),
            ("a heading another page links to", { try workspace.edit("content/guides/b.md") { $0.replacingOccurrences(of: "## Part", with: "## Section") } }),
            ("a fragment fixed", { try workspace.edit("content/guides/a.md") { $0.replacingOccurrences(of: "c.md#gone", with: "c.md#here") } }),
            ("a kept page edited in the output", { try "tampered".write(toFile: workspace.path("site/guides/c/index.html"), atomically: false, encoding: .utf8) }),
            ("the first page removed", {
                try FileManager.default.removeItem(atPath: workspace.path("content/guides/0-first.md"))
                workspace.settle()
            }),
        ]
        for (kind, change) in changes {
            try change()
            #expect(try workspace.rebuildAsCleanBuild(after: kind).reused.pages > 0, "after changing \(kind)")
        }
        let broken = try workspace.build().diagnostics.filter { $0.message.hasPrefix("broken fragment") }
        #expect(broken.map(\.message) == ["broken fragment '#part': no element on guides/b/index.html has that id"])
    }

    @Test func unchangedRebuildWritesNothingAndAnEditedOutputIsRestored() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let first = try workspace.build()
        let before = try workspace.site()
        let second = try workspace.build()
        #expect(second.fromCache)
        #expect(second.writeSummary?.written == 0)
        #expect(second.writeSummary?.unchanged == first.writeSummary?.written)
        #expect(try workspace.site() == before)

        try "tampered".write(toFile: workspace.path("site/303/index.html"), atomically: false, encoding: .utf8)
        let third = try workspace.build()
        #expect(!third.fromCache, "an edited output is not trusted")
        #expect(third.writeSummary?.written == 1)
        #expect(try workspace.site() == before)
    }

    @Test func damagedCacheIsIgnoredWithAWarningAndReplaced() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        // The state file, read first; the parts file is beside it.
        let cacheFile = try #require(workspace.cacheFiles.first { !$0.hasSuffix(".parts") })
        let cachePath = workspace.path(".sitegen-cache/" + cacheFile)
        let good = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        var flipped = good
        flipped[good.count / 2] ^= 0x55
        let header = good.prefix(through: try #require(good.firstIndex(of: 0x0A)))
        let damages: [(String, Data)] = [
            ("text", Data("not a cache at all\n".utf8)), ("empty", Data()), ("cut off", good.prefix(good.count - 9)),
            ("one byte changed", flipped), ("garbage after the header", header + Data("key\tx\n".utf8)),
        ]
        for (kind, damage) in damages {
            try damage.write(to: URL(fileURLWithPath: cachePath))
            let result = try workspace.build()
            #expect(!result.fromCache, "\(kind)")
            #expect(result.reused == Reuse(), "nothing of a \(kind) cache is used")
            #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("ignoring the build cache") }, "\(kind)")
            #expect(try workspace.site() == (try workspace.cleanBuild().0))
            let next = try workspace.build()
            #expect(next.fromCache, "the \(kind) cache was replaced")
            #expect(!next.diagnostics.contains { $0.message.hasPrefix("ignoring the build cache") })
            #expect(result.diagnostics.dropFirst() == next.diagnostics[...], "otherwise the same diagnostics")
        }
        // A cache in another version's format is not damaged, but another sitegen wrote it.
        try "sitegen-build-cache 1\nkey\tx\nend\n".write(toFile: cachePath, atomically: false, encoding: .utf8)
        let upgraded = try workspace.build()
        #expect(!upgraded.fromCache && upgraded.reused == Reuse())
        #expect(upgraded.diagnostics.contains { $0.severity == .warning && $0.message.hasSuffix("another version or build of sitegen wrote it; it will be replaced") })
        let replaced = try workspace.build()
        #expect(replaced.fromCache)
        #expect(!replaced.diagnostics.contains { $0.message.hasPrefix("ignoring the build cache") })
    }

    /// The parts file is read only when something changed: a no-change build does not see its
    /// damage; a build that needs it ignores it with a warning, reuses nothing and replaces it.
    @Test func damagedPartsAreIgnoredWithAWarningWhenNeeded() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        let partsPath = workspace.path(".sitegen-cache/" + (try #require(workspace.cacheFiles.first { $0.hasSuffix(".parts") })))
        let good = try Data(contentsOf: URL(fileURLWithPath: partsPath))
        var flipped = good
        flipped[good.count / 2] ^= 0x55
        let damages: [(String, Data)] = [
            ("text", Data("not a cache at all\n".utf8)), ("empty", Data()), ("cut off", good.prefix(good.count - 9)),
            ("one byte changed", flipped),
        ]
        for (kind, damage) in damages {
            try damage.write(to: URL(fileURLWithPath: partsPath))
            let unchanged = try workspace.build()
            #expect(unchanged.fromCache, "a no-change build does not read the \(kind) parts")
            #expect(!unchanged.diagnostics.contains { $0.message.hasPrefix("ignoring the build cache") })

            try workspace.edit("content/guides/redirects.md") { $0 + "\nOne more line (\(kind)).\n" }
            let result = try workspace.build()
            #expect(result.reused == Reuse(), "nothing of \(kind) parts is used")
            #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("ignoring the build cache") && $0.message.contains(".parts") }, "\(kind)")
            #expect(try workspace.site() == (try workspace.cleanBuild().0))

            try workspace.edit("content/guides/redirects.md") { $0 + "\nAnd another.\n" }
            let next = try workspace.build()
            #expect(next.reused.documents == 5, "the \(kind) parts were replaced")
            #expect(!next.diagnostics.contains { $0.message.hasPrefix("ignoring the build cache") })
        }
        // Parts that belong to another state (a save cut short between the two files) are not
        // damaged, only not used.
        let earlier = try Data(contentsOf: URL(fileURLWithPath: partsPath))
        try workspace.edit("content/guides/redirects.md") { $0 + "\nA third line.\n" }
        _ = try workspace.build()
        try earlier.write(to: URL(fileURLWithPath: partsPath))
        try workspace.edit("content/guides/redirects.md") { $0 + "\nA fourth line.\n" }
        let mismatched = try workspace.build()
        #expect(mismatched.reused == Reuse())
        #expect(!mismatched.diagnostics.contains { $0.message.hasPrefix("ignoring the build cache") })
        #expect(try workspace.site() == (try workspace.cleanBuild().0))
    }

    @Test func failedBuildLeavesSiteAndNoStagingThenRecovers() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try workspace.build()
        let before = try workspace.site()
        try workspace.edit("content/codes/303.md") { $0 + "\nSee [nothing](999.md).\n" }
        #expect(throws: BuildFailure.self) { try workspace.build() }
        #expect(try workspace.site() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/.sitegen-staging")))
        #expect(workspace.cacheFiles.count == 2, "the parts the failed build began are removed: \(workspace.cacheFiles)")
        try workspace.edit("content/codes/303.md") { $0.replacingOccurrences(of: "\nSee [nothing](999.md).\n", with: "") }
        let fixed = try workspace.build()
        #expect(try workspace.site() == before)
        #expect(fixed.writeSummary?.written == 0, "the fixed site equals the old one, so nothing is rewritten")
    }

    /// The in-process memory the preview server keeps: unchanged files are not parsed again,
    /// unchanged bodies not rendered again, and every result equals a fresh check.
    @Test func rebuildMemoryReusesUnchangedFilesAndMatchesAFreshCheck() throws {
        let fileSystem = try Fixtures.basicSiteInMemory()
        let builder = SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work")
        let memory = RebuildMemory()
        _ = try builder.check(BuildOptions(), reusing: memory)
        let markdownFiles = try fileSystem.files(under: "content").filter { $0.hasSuffix(".md") }.count
        let edits: [(String, (String) -> String)] = [
            ("content/codes/303.md", { $0 + "\nAlso compare [200](200.md).\n" }),
            ("content/codes/307.md", { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Renamed ") }),
            ("templates/code.mustache", { $0 + "<!-- edited -->\n" }),
        ]
        for (path, edit) in edits {
            fileSystem.setFile(path, Data(edit(String(decoding: try fileSystem.contents(of: path), as: UTF8.self)).utf8))
            let reused = try builder.check(BuildOptions(), reusing: memory)
            let fresh = try builder.check(BuildOptions())
            #expect(reused.files == fresh.files, "after editing \(path)")
            #expect(reused.diagnostics == fresh.diagnostics, "after editing \(path)")
            #expect(memory.lastReuse.documents == markdownFiles - (path.hasPrefix("content/") ? 1 : 0), "after editing \(path)")
            #expect(memory.lastReuse.pages > 0 && memory.lastReuse.pages < reused.pageCount, "after editing \(path)")
        }
        // A guide's body shows only on its page: the site data files are kept, with their bytes.
        let guide = "content/guides/redirects.md"
        fileSystem.setFile(guide, Data((String(decoding: try fileSystem.contents(of: guide), as: UTF8.self) + "\nMore.\n").utf8))
        let kept = try builder.check(BuildOptions(), reusing: memory)
        #expect(kept.files == (try builder.check(BuildOptions())).files)
        #expect(memory.lastReuse.siteDataFiles == 9)
        // A new page changes what links can resolve to, so every body is rendered again.
        fileSystem.setFile("content/guides/new.md", Data("---\ntitle: New\n---\nText.\n".utf8))
        let grown = try builder.check(BuildOptions(), reusing: memory)
        #expect(grown.files == (try builder.check(BuildOptions())).files)
        #expect(memory.lastReuse.bodies == 0)
        #expect(memory.lastReuse.documents == markdownFiles)
    }
}
