import Foundation

/// A JSON value written byte for byte as `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`: two-space indents, `"key" : value`, keys in
/// the order of their UTF-8 bytes, an empty container as `[` or `{`, an empty line and its close.
/// The code records (`codes.json`, `NNN.json`) are written with it: built through `Encodable`,
/// they were most of the time of a small site's data files.
enum PrettyJSON {
    case string(String)
    case number(Int)
    case null
    case array([PrettyJSON])
    /// Keys in any order: they are sorted as they are written.
    case object([(key: String, value: PrettyJSON)])

    /// `text`, or `null` when it is `nil`.
    static func optional(_ text: String?) -> PrettyJSON { text.map(PrettyJSON.string) ?? .null }

    /// The value's JSON text, with the line feed `SiteDataFiles` ends every pretty file with.
    var data: Data {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0)
        bytes.append(0x0A)
        return Data(bytes)
    }

    private func write(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.write(text, into: &bytes)
        case .number(let number): bytes += String(number).utf8
        case .null: bytes += "null".utf8
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            Self.writeMembers(of: elements, into: &bytes, indent: indent) { element, bytes in element.write(into: &bytes, indent: indent + 1) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            Self.writeMembers(of: sorted, into: &bytes, indent: indent) { member, bytes in
                Self.write(member.key, into: &bytes)
                bytes += " : ".utf8
                member.value.write(into: &bytes, indent: indent + 1)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A container's inside: each member on a line of its own one level in, then a line feed
    /// and the closing indent (an empty container gets the two line feeds alone).
    private static func writeMembers<Member>(of members: [Member], into bytes: inout [UInt8], indent: Int,
                                             _ writeMember: (Member, inout [UInt8]) -> Void) {
        bytes.append(0x0A)
        for (position, member) in members.enumerated() {
            if position > 0 { bytes += ",\n".utf8 }
            bytes += repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1))
            writeMember(member, &bytes)
        }
        bytes.append(0x0A)
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * indent)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (`/` and all of Unicode) as it is.
    private static func write(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case 0x08: bytes += #"\b"#.utf8
            case 0x0C: bytes += #"\f"#.utf8
            case 0x0A: bytes += #"\n"#.utf8
            case 0x0D: bytes += #"\r"#.utf8
            case 0x09: bytes += #"\t"#.utf8
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += #"\u00"#.utf8
                bytes.append(hex[Int(byte / 16)])
                bytes.append(hex[Int(byte % 16)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
