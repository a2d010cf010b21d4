import Foundation

/// The one escaping function for every value sitegen writes into HTML: template values (through
/// `SafeHTMLContentType`) and the markup the Markdown renderer generates.
///
/// It works on UTF-8 bytes, not on `Character`s: a `Character` is a grapheme cluster, so `"` or
/// `<` followed by a combining mark (or preceded by a prepended mark such as U+0D4E) is a
/// different `Character` and escaping by `Character` lets it through. No byte of a multi-byte
/// UTF-8 sequence is ASCII, so testing bytes catches every `<`, `>`, `&`, `"` and `'`.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        // Every template value comes through here, and most need nothing: a loop over the bytes
        // in place finds that several times faster than the `utf8` view's iterator.
        var bytes = text
        guard bytes.withUTF8({ $0.contains(where: needsEscaping) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        append(escaping: text[...], to: &result)
        return result
    }

    /// Appends `text` escaped to `html`, copying the runs between special bytes whole.
    static func append(escaping text: Substring, to html: inout String) {
        var text = text
        text.withUTF8 { bytes in
            forEachEscapedPiece(of: bytes) { html += String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The same escaping, appended to UTF-8 bytes, for markup built as bytes (`HTTPMessageHighlighter`).
    static func append(escaping text: Substring, to html: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            forEachEscapedPiece(of: bytes) { html.append(contentsOf: $0) }
        }
    }

    /// Calls `emit` with the escaped text in order: each run of bytes that need nothing, and the
    /// entity for each byte that does. Reads the bytes in place: stepping a `Substring`'s indices
    /// cost more than the copying. Special bytes are ASCII, so every run is whole characters.
    private static func forEachEscapedPiece(of bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var runStart = 0
        for index in bytes.indices {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            if runStart < index { emit(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            entity.withUTF8Buffer(emit)
            runStart = index + 1
        }
        if runStart < bytes.count { emit(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// A bit for each of `"`, `&`, `'`, `<` and `>`, by its distance from `"` (0x22).
    private static let specialBytes: UInt32 = 1 << 0 | 1 << 4 | 1 << 5 | 1 << 26 | 1 << 28

    /// Two comparisons for most bytes of text: letters and spaces lie outside `"`...`>`.
    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        let distance = byte &- UInt8(ascii: "\"")
        return distance < 32 && specialBytes >> distance & 1 != 0
    }

    /// Undoes the entity escapes that may appear in an attribute value.
    static func unescapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
