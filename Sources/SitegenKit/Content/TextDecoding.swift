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
    static func decode(_ data: Data) throws(Failure) -> String {
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw .nulByte(line: line, column: column) }
                if previousWasCarriageReturn, scalar != "\n" { throw .carriageReturnLineEnds(line: line, column: column - 1) }
                previousWasCarriageReturn = scalar == "\r"
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                if previousWasCarriageReturn { throw .carriageReturnLineEnds(line: line, column: column - 1) }
                break decoding
            case .error:
                throw .notUTF8(line: line, column: column)
            }
        }
        var text = String(scalars)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }
}
