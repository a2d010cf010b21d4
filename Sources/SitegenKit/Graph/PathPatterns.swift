/// The few fixed shapes that file paths and link targets are matched against, checked on bytes:
/// they run for every link of every page, where a `Regex` would cost more than the rest of
/// link resolution together.
enum PathPatterns {
    /// The code of `NNN` (three ASCII digits), for example 307 for `307`.
    static func code<S: StringProtocol>(_ text: S) -> Int? {
        let bytes = text.utf8
        guard bytes.count == 3, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// The code of a file named `NNN.md`, for example 307 for `307.md`.
    static func codeFileName<S: StringProtocol>(_ text: S) -> Int? {
        guard text.hasSuffix(".md") else { return nil }
        return code(text.dropLast(3))
    }

    /// The digit of a family name `Nxx` with N from 1 to 5, for example 3 for `3xx`.
    static func familyDigit<S: StringProtocol>(_ text: S) -> Int? {
        let bytes = text.utf8
        guard bytes.count == 3, let first = bytes.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first),
              bytes.dropFirst().elementsEqual("xx".utf8) else { return nil }
        return Int(first - UInt8(ascii: "0"))
    }

    /// Whether `target` starts with a URL scheme such as `https:` or `mailto:` (RFC 3986:
    /// a letter, then letters, digits, `+`, `.` or `-`, then a colon).
    static func hasURLScheme(_ target: String) -> Bool {
        var bytes = target.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") else { return false }
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
