import Foundation

/// The short form of an unofficial code's origin, for badges in lists: "nginx" from "nginx",
/// "Microsoft" from "Microsoft (WebDAV client extensions, Exchange ActiveSync)". The full text
/// stays on the code's own page.
enum ShortOrigin {
    /// Longer than this, a badge would wrap on a phone; the badge then says only "Unofficial".
    static let maximumLength = 12

    /// Compiled once: a regex literal in a function is rebuilt on every call.
    nonisolated(unsafe) private static let qualifier = /\s*(\(|,|\s\/\s)/

    /// The origin up to its first qualifier (`(`, `,` or ` / `, with the whitespace before it),
    /// trimmed; `nil` when that leaves nothing or too much.
    static func make(_ origin: String) -> String? {
        // Every badge of every list of codes on every page asks: an ASCII origin (all of them,
        // in practice) is cut by looking at its bytes, which give the same answer as `qualifier`
        // there, and far sooner.
        let short = asciiCut(origin) ?? {
            let cut = origin.firstRange(of: qualifier).map { origin[..<$0.lowerBound] } ?? origin[...]
            return cut.trimmingCharacters(in: .whitespaces)
        }()
        return short.isEmpty || short.count > maximumLength ? nil : short
    }

    /// `origin` cut and trimmed as `make` does, or `nil` when it is not all ASCII.
    private static func asciiCut(_ origin: String) -> String? {
        let bytes = Array(origin.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var end = bytes.count
        // Where the run of whitespace just before the current byte starts: the qualifier's
        // match starts there.
        var spaceStart: Int?
        for (position, byte) in bytes.enumerated() {
            if byte.isASCIIWhitespace {
                spaceStart = spaceStart ?? position
                continue
            }
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ",") {
                end = spaceStart ?? position
                break
            }
            if byte == UInt8(ascii: "/"), let start = spaceStart, position + 1 < bytes.count, bytes[position + 1].isASCIIWhitespace {
                end = start
                break
            }
            spaceStart = nil
        }
        // `.whitespaces` holds two ASCII characters: space and tab.
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var start = 0
        while start < end, isTrimmed(bytes[start]) { start += 1 }
        while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
