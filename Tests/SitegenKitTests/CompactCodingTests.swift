import Foundation
import Testing
@testable import SitegenKit

/// The build cache's binary form: what a build records reads back as it was, and damaged bytes
/// are refused with an error, never a crash.
@Suite struct CompactCodingTests {
    /// The parts a build of the basic site records in its cache file, documents of every kind included.
    private func recordedParts() throws -> ReusableParts {
        let fileSystem = try Fixtures.basicSiteInMemory()
        _ = try SiteBuilder(fileSystem: fileSystem, workingDirectory: "/work").build(BuildOptions())
        let cacheFile = try #require(try fileSystem.files(under: "/work/.sitegen-cache").first)
        let record = try #require(BuildCache.decode(try fileSystem.contents(of: "/work/.sitegen-cache/" + cacheFile)))
        return record.parts
    }

    @Test func everyRecordedPartReadsBackAsItWas() throws {
        let parts = try recordedParts()
        #expect(parts.documents.count == 6 && parts.bodies.count == 6 && parts.pages.count == 13)
        #expect(parts.documents.contains { if case .code? = $0.document { true } else { false } })
        #expect(parts.documents.contains { if case .family? = $0.document { true } else { false } })
        #expect(parts.documents.contains { if case .page? = $0.document { true } else { false } })
        #expect(parts.bodies.contains { !$0.links.isEmpty && !$0.headings.isEmpty })
        let bytes = try CompactEncoder.encode(parts)
        let decoded = try CompactDecoder.decode(ReusableParts.self, from: bytes)
        // Encoding again gives the same bytes only if every field came back.
        #expect(try CompactEncoder.encode(decoded) == bytes)
        #expect(decoded.bodies.map(\.links) == parts.bodies.map(\.links))
        #expect(decoded.pages.map(\.ids) == parts.pages.map(\.ids))
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = try CompactEncoder.encode(try recordedParts())
        var damages: [[UInt8]] = [[], Array(bytes.dropLast()), bytes + [0], [UInt8](repeating: 0xFF, count: 64)]
        for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 40)) {
            damages.append(Array(bytes.prefix(cut)))
        }
        for damaged in damages {
            #expect(throws: DecodingError.self) { try CompactDecoder.decode(ReusableParts.self, from: damaged) }
        }
    }

    @Test func aValueTheFormatCannotHoldIsRefusedWhenWritten() {
        #expect(throws: EncodingError.self) { try CompactEncoder.encode([Optional<Int>.none]) }
    }
}
