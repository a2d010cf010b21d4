import Foundation

/// Turns file bytes into text, pointing at the first bad byte when they are not UTF-8.
enum TextDecoding {
    enum Failure: Error {
        case notUTF8(line: Int, column: Int)
        /// cmark reads C strings, so a NUL byte would silently cut the text short.
        case nulByte(line: Int, column: Int)
        /// Line ends written as a lone CR (classic Mac OS) would make the whole file one line.
        case carriageReturnLineEnds(line: Int, column: Int)
    }

    /// Decodes UTF-8, dropping a byte-order mark and normalising CRLF line ends to LF; refuses NUL
    /// bytes and lone-CR line ends, pointing at the first one.
    /// Valid input is validated and copied in one call; only a bad file is walked again, to
    /// find the line and column of its first bad byte.
    static func decode(_ data: Data) throws(Failure) -> String {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...]
        guard let text = validated(bytes) else { throw locateError(in: data) }
        if contains(0, in: bytes), let at = position(in: bytes, where: { byte, _ in byte == 0 }) {
            throw .nulByte(line: at.line, column: at.column)
        }
        guard contains(UInt8(ascii: "\r"), in: bytes) else { return text }
        if let at = position(in: bytes, where: { byte, next in byte == UInt8(ascii: "\r") && next != UInt8(ascii: "\n") }) {
            throw .carriageReturnLineEnds(line: at.line, column: at.column)
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// `memchr`: `Data.contains` walks an iterator byte by byte, and this runs over every file.
    private static func contains(_ byte: UInt8, in bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, Int32(byte), raw.count) != nil } ?? false }
    }

    private static func validated(_ bytes: Data) -> String? {
        if #available(macOS 15, *) {
            return bytes.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        }
        return String(data: bytes, encoding: .utf8)
    }

    /// The line and column (in characters, from 1) of the first scalar of valid UTF-8 `bytes` that
    /// `matches` picks, given its first byte and the byte after it.
    private static func position(in bytes: Data, where matches: (UInt8, UInt8?) -> Bool) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let nextIndex = bytes.index(after: index)
            if matches(byte, nextIndex < bytes.endIndex ? bytes[nextIndex] : nil) { return (line, column) }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            index = nextIndex
        }
        return nil
    }

    /// The line and column (counted in characters, from 1) of the first byte that is not UTF-8.
    private static func locateError(in bytes: Data) -> Failure {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return .notUTF8(line: line, column: column)
    }
}
