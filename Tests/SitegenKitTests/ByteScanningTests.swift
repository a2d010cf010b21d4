import Foundation
import Testing
import Yams
@testable import SitegenKit

/// The byte-level scanners read text exactly as the slower readings they replaced.
@Suite struct ByteScanningTests {
    @Test func dotSegmentsResolveOnBytes() {
        #expect(normalizedPath("codes/../guides/./x.md") == "guides/x.md")
        #expect(normalizedPath("../../a//b/") == "a/b")
        #expect(normalizedPath("/a/b/../../..") == "")
        #expect(DotSegments.remove(from: "guides/x/../../307", climb: .refused) == "307")
        #expect(DotSegments.remove(from: "guides/../../etc", climb: .refused) == nil)
        #expect(DotSegments.remove(from: "é/./ü/../ø", climb: .refused) == "é/ø")
    }

    @Test func relativeURLsClimbOneLevelPerFolder() {
        #expect(PageID.page("guides/retry").url(to: .code(307)) == "../../307/")
        #expect(PageID.home.url(to: .family(3)) == "3xx/")
        #expect(PageID.code(303).url(toFile: "assets/site.css") == "../assets/site.css")
    }

    @Test func pathPatternsReadOnlyTheirExactShapes() {
        #expect(PathPatterns.code("307") == 307)
        #expect(PathPatterns.code("3070") == nil)
        #expect(PathPatterns.code("30x") == nil)
        #expect(PathPatterns.codeFileName("404.md"[...]) == 404)
        #expect(PathPatterns.codeFileName("404.mdx") == nil)
        #expect(PathPatterns.familyDigit("3xx") == 3)
        #expect(PathPatterns.familyDigit("6xx") == nil)
        #expect(PathPatterns.familyDigit("3xy") == nil)
    }

    /// Every default rule of Yams, a near miss for each, and plain words: the faster resolver
    /// gives each scalar the type the default one gives it.
    @Test func yamlSchemaResolvesLikeYamsDefault() throws {
        let scalars = [
            "title", "summary", "yes", "No", "ON", "off", "true", "False", "truex", "1", "-0b101", "0o17", "017", "0x1F",
            "1_000", "190:20:30", "1.5", "-.5e3", ".inf", "-.Inf", ".NaN", "1e5", "<<", "~", "null", "Null", "nulls", "''",
            "2024-01-01", "2024-1-1 10:00:00", "2001-12-14t21:59:43.10-05:00", "2024-01-01x", "=", "==", "Ünïcode", "a b",
        ]
        for scalar in scalars {
            let node = try #require(try Yams.compose(yaml: "key: \(scalar)\n", YAMLSchema.resolver)?.mapping?.first?.value)
            #expect(YAMLSchema.resolver.resolveTag(of: node) == Resolver.default.resolveTag(of: node), "\(scalar)")
        }
        #expect(YAMLSchema.resolver.resolveTag(of: Node("1")) == .int)
        #expect(YAMLSchema.resolver.resolveTag(of: Node("title")) == .str)
    }

    @Test func diskListingSortsKindsWithoutFollowingDirectoryLinks() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let top = root.path + "/content"
        try manager.createDirectory(atPath: top + "/codes/deep", withIntermediateDirectories: true)
        try Data("a".utf8).write(to: URL(fileURLWithPath: top + "/codes/303.md"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: top + "/codes/deep/x.md"))
        try manager.createSymbolicLink(atPath: top + "/file-link.md", withDestinationPath: top + "/codes/303.md")
        try manager.createSymbolicLink(atPath: top + "/folder-link", withDestinationPath: top + "/codes")
        try manager.createSymbolicLink(atPath: top + "/loop", withDestinationPath: top)
        try manager.createSymbolicLink(atPath: top + "/dangling.md", withDestinationPath: top + "/nowhere.md")
        #expect(mkfifo(top + "/pipe", 0o600) == 0)

        let listing = try DiskFileSystem().filesAndDirectories(under: top)
        #expect(listing.files == ["codes/303.md", "codes/deep/x.md", "dangling.md", "file-link.md"])
        #expect(listing.directories == ["codes", "codes/deep"])
        #expect(try DiskFileSystem().files(under: top) == listing.files)
        #expect(try DiskFileSystem().entries(of: top) == ["codes", "dangling.md", "file-link.md", "folder-link", "loop", "pipe"])
        #expect(try DiskFileSystem().contents(of: top + "/file-link.md") == Data("a".utf8))

        // Fingerprints taken from the open directory are those taken by whole paths, links followed
        // to files; a directory, a pipe or nothing has none, and a missing directory gives none.
        let disk = DiskFileSystem()
        let names = ["codes/303.md", "codes/deep/x.md", "file-link.md", "dangling.md", "codes", "pipe", "missing.md"]
        let fingerprint = disk.fingerprints(in: top)
        #expect(names.map { fingerprint($0) } == names.map { disk.fingerprint(of: top + "/" + $0) })
        #expect(names.compactMap { fingerprint($0) }.count == 3)
        #expect(disk.fingerprints(of: names, in: top) == names.map { disk.fingerprint(of: top + "/" + $0) })
        #expect(disk.fingerprints(in: top + "/missing")("codes/303.md") == nil)
    }
}
