import Foundation
import Testing
@testable import SitegenKit

/// The build cache's binary form: what a build records reads back as it was, and damaged bytes
/// are refused with an error, never a crash.
@Suite struct CompactCodingTests {
    /// The parts a build of the basic site records in its parts file, documents of every kind included.
    private func recordedParts() throws -> ReusableParts {
        let fileSystem = try Fixtures.basicSiteInMemory()
        _ = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").build(BuildOptions())
        let partsFile = try #require(try fileSystem.files(under: "/work/.sitegen-cache").first { $0.hasSuffix(".parts") })
        let bytes = [UInt8](try fileSystem.contents(of: "/work/.sitegen-cache/" + partsFile))
        guard case .value(let parts) = CacheFile.decode(bytes, kind: BuildCache.partsKind, as: ReusableParts.self) else {
            Issue.record("the parts file does not read back")
            return ReusableParts()
        }
        return parts
    }

    /// A parts file holding `parts`, written as a build writes it, in pieces of `PartsSpool.pieceSize`.
    private func partsFile(of parts: ReusableParts) throws -> [UInt8] {
        let fileSystem = MemoryFileSystem(files: [:])
        let spool = PartsSpool(fileSystem: fileSystem, path: "/parts")
        // Enough copies to take several pieces, so the checksum is taken across them.
        for copy in 0..<max(1, 3 * PartsSpool.pieceSize / 3_000) {
            for (path, document) in parts.documents { spool.add(document: "\(copy)/" + path, fingerprint: document.fingerprint, entry: document.entry) }
        }
        for (page, entry) in parts.bodies { spool.add(body: page, entry: entry) }
        for page in parts.pages.values { spool.add(page: page) }
        #expect(spool.finish() != nil)
        return [UInt8](try fileSystem.contents(of: "/parts"))
    }

    /// The payload of a parts file holding `parts`.
    private func payload(of parts: ReusableParts) throws -> [UInt8] {
        let bytes = try partsFile(of: parts)
        guard case .payload(let range, _) = CacheFile.read(bytes, kind: BuildCache.partsKind) else {
            Issue.record("a file just written is not read back")
            return []
        }
        return Array(bytes[range])
    }

    @Test func everyRecordedPartReadsBackAsItWas() throws {
        let parts = try recordedParts()
        #expect(parts.documents.count == 6 && parts.bodies.count == 6 && parts.pages.count == 13)
        let documents = try parts.documents.values.map { try CachedDocument(entry: $0.entry).document }
        #expect(documents.contains { if case .code? = $0 { true } else { false } })
        #expect(documents.contains { if case .family? = $0 { true } else { false } })
        #expect(documents.contains { if case .page? = $0 { true } else { false } })
        let bodies = try parts.bodies.map { try CachedBody(page: $0.key, entry: $0.value, file: "file.md") }
        #expect(bodies.contains { !$0.links.isEmpty && !$0.headings.isEmpty })
        // Every body encodes again to the bytes it was read from only if every field came back.
        #expect(bodies.allSatisfy { $0.entry(file: "file.md")[...] == parts.bodies[$0.page] })

        let decoded = try ReusableParts(reading: CompactInput(try payload(of: parts)[...]))
        let firstCopy = decoded.documents.filter { $0.key.hasPrefix("0/") }
        #expect(firstCopy.count == parts.documents.count && decoded.documents.count > 3 * parts.documents.count)
        for (path, document) in parts.documents {
            #expect(firstCopy["0/" + path]?.entry == document.entry)
            #expect(firstCopy["0/" + path]?.fingerprint == document.fingerprint)
        }
        #expect(decoded.bodies == parts.bodies)
        #expect(decoded.pages.mapValues(\.ids) == parts.pages.mapValues(\.ids))
        #expect(decoded.pages.mapValues(\.key) == parts.pages.mapValues(\.key))
    }

    /// A plain page's document is stored without the digest of its text, which comes back apart:
    /// the shared hash does not change with the body, the document does.
    @Test func aPlainPageDigestIsKeptApartFromItsSharedHash() throws {
        let parts = try recordedParts()
        let (path, stored) = try #require(parts.documents.first { entry in
            if case .page? = try? CachedDocument(entry: entry.value.entry).document { true } else { false }
        })
        let cached = try CachedDocument(entry: stored.entry)
        guard case .page(var page)? = cached.document else {
            Issue.record("\(path) is not a plain page")
            return
        }
        #expect(page.sourceDigest != 0)
        page.sourceDigest &+= 1
        let changed = try #require(CachedDocument.entry(contentHash: cached.contentHash, document: .page(page), log: cached.log))
        let reread = try CachedDocument(entry: changed[...])
        #expect(reread.sharedHash == cached.sharedHash)
        guard case .page(let rereadPage)? = reread.document else {
            Issue.record("\(path) does not read back")
            return
        }
        #expect(rereadPage.sourceDigest == page.sourceDigest)
    }

    /// A plain page's document, written field by field, comes back with every field, set or not;
    /// cut short, it is refused.
    @Test func aPlainDocumentComesBackWithEveryField() throws {
        let source = SourceFile(displayPath: "content/guides/a.md", relativePath: "guides/a.md", text: "")
        let full = PlainDocument(path: "guides/a", title: "A \"title\" é", summary: "Short.", checked: CheckedDate("2024-02-29"),
                                 template: "guide", templateLocation: SourceLocation(file: "content/guides/a.md", line: 3, column: 9),
                                 source: source, sourceDigest: 77)
        let bare = PlainDocument(path: "b", title: "", summary: nil, template: "page", source: source, sourceDigest: 0)
        for document in [full, bare] {
            let entry = try #require(CachedDocument.entry(contentHash: 5, document: .page(document), log: DiagnosticLog()))
            guard case .page(let read)? = try CachedDocument(entry: entry[...]).document else {
                Issue.record("\(document.path) does not read back")
                continue
            }
            #expect(read.path == document.path && read.title == document.title && read.summary == document.summary)
            #expect(read.checked == document.checked && read.template == document.template)
            #expect(read.templateLocation == document.templateLocation)
            #expect(read.contentDirectory == document.contentDirectory && read.sourceDigest == document.sourceDigest)
            for cut in 0..<entry.count {
                #expect(throws: DecodingError.self) { try CachedDocument(entry: entry.prefix(cut)) }
            }
        }
    }

    /// A body's links are stored without their file when it is the body's own, and come back
    /// with it; a link in another file keeps its own.
    @Test func aBodysLinksComeBackWithTheirFiles() throws {
        let links = [
            InternalLink(target: .code(303), fragment: nil, location: SourceLocation(file: "content/guides/a.md", line: 3, column: 7)),
            InternalLink(target: .page("guides/b"), fragment: "usage", location: SourceLocation(file: "content/guides/a.md", line: 9, column: 1)),
            InternalLink(target: .home, fragment: nil, location: SourceLocation(file: "content/other.md", line: 1, column: 2)),
        ]
        let body = CachedBody(page: .page("guides/a"), key: 42, links: links, hasHTTPExample: true,
                              headings: [RenderedHeading(level: 2, id: "usage", text: "Usage")], liftedSections: ["see-also"],
                              log: DiagnosticLog())
        let entry = body.entry(file: "content/guides/a.md")
        let reread = try CachedBody(page: body.page, entry: entry[...], file: "content/guides/a.md")
        #expect(reread.links == links)
        #expect(reread.key == 42 && reread.hasHTTPExample && reread.headings.map(\.text) == ["Usage"] && reread.liftedSections == ["see-also"])
        #expect(entry.count < body.entry(file: "content/guides/elsewhere.md").count, "the own file is not stored")
        for cut in 0..<entry.count {
            #expect(throws: DecodingError.self) { try CachedBody(page: body.page, entry: entry.prefix(cut), file: "content/guides/a.md") }
        }
    }

    @Test func damagedBytesAreRefused() throws {
        let parts = try recordedParts()
        let bytes = try payload(of: parts)
        var damages: [[UInt8]] = [[], Array(bytes.dropLast()), bytes + [0], [UInt8](repeating: 0xFF, count: 64)]
        for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 40)) {
            damages.append(Array(bytes.prefix(cut)))
        }
        for damaged in damages {
            #expect(throws: DecodingError.self) { try ReusableParts(reading: CompactInput(damaged[...])) }
        }
        let entry = try #require(parts.documents.values.first).entry
        for cut in stride(from: 0, to: entry.count, by: max(1, entry.count / 20)) {
            #expect(throws: DecodingError.self) { try CachedDocument(entry: entry.prefix(cut)) }
        }
    }

    /// The file around a payload: any changed byte or a cut is seen by the checksum.
    @Test func aDamagedCacheFileIsSeenAsDamaged() throws {
        let bytes = try partsFile(of: try recordedParts())
        guard case .payload = CacheFile.read(bytes, kind: BuildCache.partsKind) else {
            Issue.record("an intact file is refused")
            return
        }
        if case .payload = CacheFile.read(bytes, kind: BuildCache.stateKind) { Issue.record("a parts file is read as a state file") }
        for index in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            var flipped = bytes
            flipped[index] ^= 0x20
            if case .payload = CacheFile.read(flipped, kind: BuildCache.partsKind) { Issue.record("a change at byte \(index) is not seen") }
            if case .payload = CacheFile.read(Array(bytes.prefix(index)), kind: BuildCache.partsKind) { Issue.record("a cut at \(index) is not seen") }
        }
    }

    @Test func aValueTheFormatCannotHoldIsRefusedWhenWritten() {
        #expect(throws: EncodingError.self) { try CompactEncoder.encode([Optional<Int>.none]) }
    }
}
