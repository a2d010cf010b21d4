import Foundation

/// The `id` attributes of a finished HTML page, which are the fragments a link may target:
/// heading slugs, ids in the templates and, when raw HTML is on, ids written in the content.
enum ElementIDs {
    /// Finds every `id="…"` that follows ASCII whitespace (the only attribute separator HTML
    /// has), scanning bytes: this runs over every byte of every page. `ids` are sorted, each once;
    /// `duplicates` are the ids found more than once, each once, in the order they repeat.
    static func scan(bytes: UnsafeBufferPointer<UInt8>) -> (ids: [String], duplicates: [String]) {
        var found: [String] = []
        guard let base = bytes.baseAddress else { return ([], []) }
        // `memchr` jumps from one `=` to the next, far faster than testing every byte: `=` is rare
        // outside attributes. In `id="` it is the third byte, after at least one whitespace byte.
        var index = 3
        while index < bytes.count - 1, let hit = memchr(base + index, Int32(UInt8(ascii: "=")), bytes.count - 1 - index) {
            let equals = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            index = equals + 1
            guard bytes[equals + 1] == UInt8(ascii: "\""), bytes[equals - 1] == UInt8(ascii: "d"),
                  bytes[equals - 2] == UInt8(ascii: "i"), isWhitespace(bytes[equals - 3]) else { continue }
            let start = equals + 2
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            index = end + 1
        }
        return sortedOnce(found)
    }

    /// `found` sorted with each id once, and the repeated ids. Sorting puts repeats side by side,
    /// so a page (a dozen ids) needs no set; only a page that repeats one is walked again.
    private static func sortedOnce(_ found: [String]) -> (ids: [String], duplicates: [String]) {
        var ids = found.sorted()
        var hasRepeats = false
        var kept = 0
        for position in ids.indices {
            if kept > 0, ids[position] == ids[kept - 1] {
                hasRepeats = true
                continue
            }
            ids.swapAt(kept, position)
            kept += 1
        }
        ids.removeLast(ids.count - kept)
        guard hasRepeats else { return (ids, []) }
        var seen = Set<String>()
        var duplicates: [String] = []
        for id in found where !seen.insert(id).inserted && !duplicates.contains(id) { duplicates.append(id) }
        return (ids, duplicates)
    }

    /// The ids as one string, the form a build keeps them in: joined by `"`, which no id holds.
    /// `ids` come sorted, each once, from `scan(bytes:)`.
    static func joined(_ ids: [String]) -> String {
        ids.joined(separator: "\"")
    }

    /// Whether `joined` (see `joined(_:)`) holds `id`, without splitting it into strings: the
    /// fragment check asks this for every link with a fragment on every build. `memchr` finds each
    /// `"`, and only an id of the same length is compared.
    static func contains(_ id: String, joined: String) -> Bool {
        // An empty id, or one with a `"`, is never one of the joined ids.
        guard !id.isEmpty else { return false }
        var id = id
        var joined = joined
        return id.withUTF8 { target in
            joined.withUTF8 { bytes in
                guard let base = bytes.baseAddress, let targetBase = target.baseAddress else { return false }
                var start = 0
                while start <= bytes.count {
                    let end = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start)
                        .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                    if end - start == target.count, memcmp(base + start, targetBase, target.count) == 0 { return true }
                    start = end + 1
                }
                return false
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
