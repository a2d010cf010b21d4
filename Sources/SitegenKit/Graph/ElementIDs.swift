/// The `id` attributes of a finished HTML page, which are the fragments a link may target:
/// heading slugs, ids in the templates and, when raw HTML is on, ids written in the content.
enum ElementIDs {
    /// Finds every `id="…"` that follows ASCII whitespace (the only attribute separator HTML
    /// has), scanning bytes: this runs over every byte of every page.
    static func scan(bytes: UnsafeBufferPointer<UInt8>) -> (ids: Set<String>, duplicates: [String]) {
        var ids = Set<String>()
        var duplicates: [String] = []
        let marker: [UInt8] = Array("id=\"".utf8)
        var index = 1
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index + 1] == marker[1], bytes[index + 2] == marker[2],
                  bytes[index + 3] == marker[3], isWhitespace(bytes[index - 1]) else {
                index += 1
                continue
            }
            let start = index + marker.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if !ids.insert(id).inserted, !duplicates.contains(id) { duplicates.append(id) }
            index = end + 1
        }
        return (ids, duplicates)
    }

    /// The ids as one string, the form a build keeps them in: joined by `"`, which no id holds.
    static func joined(_ ids: Set<String>) -> String {
        ids.sorted().joined(separator: "\"")
    }

    static func set(joined: String) -> Set<String> {
        Set(joined.split(separator: "\"").map(String.init))
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
