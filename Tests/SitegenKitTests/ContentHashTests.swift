import Foundation
import Testing
@testable import SitegenKit

/// The fingerprint behind cache keys and HTTP validators: a change anywhere changes it.
@Suite struct ContentHashTests {
    @Test func everyByteAndEveryBitCounts() {
        let base = [UInt8](repeating: 0x61, count: 100)
        var seen: Set<UInt64> = [base.withUnsafeBytes { ContentHash.value(of: $0) }]
        for index in base.indices {
            for bit in 0..<8 {
                var changed = base
                changed[index] ^= 1 << bit
                seen.insert(changed.withUnsafeBytes { ContentHash.value(of: $0) })
            }
        }
        #expect(seen.count == 1 + 100 * 8)
    }

    /// Runs of zero bytes differ only in length, which must still tell them apart.
    @Test func lengthCounts() {
        let values = (0...64).map { count in [UInt8](repeating: 0, count: count).withUnsafeBytes { ContentHash.value(of: $0) } }
        #expect(Set(values).count == values.count)
    }

    @Test func textAndBytesAgreeAndRepeat() {
        let text = "---\ntitle: Héllo\n---\nBody with more than sixteen bytes.\n"
        #expect(ContentHash.value(of: text) == ContentHash.value(of: Data(text.utf8)))
        #expect(ContentHash.value(of: text) == ContentHash.value(of: text))
        #expect(ContentHash.value(of: text) != ContentHash.value(of: text + " "))
    }

    /// Strings are separate fields: moving a byte from one to the next changes the hash.
    @Test func fieldsAreSeparate() {
        func hash(_ parts: [String]) -> UInt64 {
            var hasher = ContentHasher()
            for part in parts { hasher.combine(part) }
            return hasher.value
        }
        #expect(hash(["ab", "c"]) != hash(["a", "bc"]))
        #expect(hash(["", "abc"]) != hash(["abc", ""]))
        #expect(hash(["abc"]) != hash(["abc", ""]))
    }
}
