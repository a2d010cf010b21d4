import Foundation

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes (`memchr` for its first byte,
    /// then `memcmp`): for the ASCII markers sitegen looks for in every file, far cheaper than a
    /// `Character` search.
    func containsBytes(_ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        let found = utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            guard let base = haystack.baseAddress else { return false }
            var start = 0
            while start + needle.count <= haystack.count,
                  let hit = memchr(base + start, Int32(first), haystack.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard offset + needle.count <= haystack.count else { return false }
                if memcmp(hit, needle, needle.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
        return found ?? contains(String(decoding: needle, as: UTF8.self))
    }
}
