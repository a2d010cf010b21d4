import Foundation

/// Turns file bytes into text, pointing at the first bad byte when they are not UTF-8.
enum TextDecoding {
    enum Failure: Error {
        case notUTF8(line: Int, column: Int)
    }

    /// Decodes UTF-8, dropping a byte-order mark and normalising CRLF line ends to LF.
    static func decode(_ data: Data) throws(Failure) -> String {
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
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
