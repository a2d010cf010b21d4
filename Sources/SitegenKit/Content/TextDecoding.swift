import Foundation

/// Turns file bytes into text, pointing at the first bad byte when they are not UTF-8.
enum TextDecoding {
    enum Failure: Error {
        case notUTF8(line: Int, column: Int)
    }

    /// Decodes UTF-8, dropping a byte-order mark and normalising CRLF line ends to LF.
    /// Valid input is validated and copied in one call; only a bad file is walked again, to
    /// find the line and column of its first bad byte.
    static func decode(_ data: Data) throws(Failure) -> String {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...]
        guard let text = validated(bytes) else { throw locateError(in: data) }
        guard bytes.withUnsafeBytes({ $0.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func validated(_ bytes: Data) -> String? {
        if #available(macOS 15, *) {
            return bytes.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        }
        return String(data: bytes, encoding: .utf8)
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
