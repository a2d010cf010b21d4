/// One unit of text as sitegen's scanners read it: a byte of plain ASCII text, or a `Character`.
/// Both see a delimiter such as `:` only where it stands as a character of its own, so code
/// written once over `TextUnits` reads plain ASCII text as bytes (cheap) and any other text in
/// `Character`s (where a combining mark joins to the character before it), with one meaning.
protocol TextUnit {
    /// The ASCII value when the unit is a single ASCII character, else `nil`.
    var ascii: UInt8? { get }
}

extension UInt8: TextUnit {
    var ascii: UInt8? { self < 0x80 ? self : nil }
}

extension Character: TextUnit {
    // `asciiValue` reads "\r\n" as an ASCII newline, but it is two characters in one.
    var ascii: UInt8? { self == "\r\n" ? nil : asciiValue }
}

/// Text read in `TextUnit`s, indexed like the string it reads, so a range found in the units
/// cuts the same text out of the string.
protocol TextUnits: BidirectionalCollection where Element: TextUnit, Index == String.Index, SubSequence: TextUnits {}

extension String: TextUnits {}
extension Substring: TextUnits {}
extension String.UTF8View: TextUnits {}
extension Substring.UTF8View: TextUnits {}

extension String {
    /// Whether every byte is an ASCII character of its own, so that reading the text in bytes is
    /// reading it in `Character`s (a CR before an LF would make one `Character` of two bytes).
    var isPlainASCII: Bool {
        // On the bytes in place where the string has them so (nearly always): a plain loop, far
        // cheaper than the `utf8` view's iterator.
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(Self.isPlainASCII) } ?? utf8.allSatisfy(Self.isPlainASCII)
    }

    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "\r")
    }
}
