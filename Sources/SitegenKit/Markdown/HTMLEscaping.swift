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
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscaping) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): result += Array("&amp;".utf8)
                case UInt8(ascii: "<"): result += Array("&lt;".utf8)
                case UInt8(ascii: ">"): result += Array("&gt;".utf8)
                case UInt8(ascii: "\""): result += Array("&quot;".utf8)
                case UInt8(ascii: "'"): result += Array("&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
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
