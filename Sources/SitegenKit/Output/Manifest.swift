/// The list of files sitegen wrote into the output directory, one path per line.
///
/// Bytes that could break the one-path-per-line form (control characters, including newlines)
/// and `%` itself are written as `%XX`, so no file name can split an entry or forge another.
enum Manifest {
    static func encode(_ paths: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paths.reduce(0) { $0 + $1.utf8.count + 1 })
        for path in paths.sorted() {
            appendLine(path, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "%")
    }

    /// The paths of a manifest; lines that do not decode, or that would leave the output
    /// directory, are dropped, so a damaged manifest can only make sitegen remove less.
    static func decode(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
            decodeLine(line).flatMap { OutputPath.problem(with: $0) == nil ? $0 : nil }
        }
    }

    /// Appends `path` in its escaped form (see `Manifest`) to `bytes`, which a whole site's list
    /// is built in: a path with nothing to escape, the usual one, is copied as it is.
    static func appendLine(_ path: String, to bytes: inout [UInt8]) {
        // A site has thousands of files, nearly always with nothing to escape.
        guard path.utf8.contains(where: needsEscaping) else {
            bytes.append(contentsOf: path.utf8)
            return
        }
        for byte in path.utf8 {
            if needsEscaping(byte) {
                bytes += Array("%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)).map { $0.asciiValue! }
            } else {
                bytes.append(byte)
            }
        }
    }

    static func decodeLine(_ line: ArraySlice<UInt8>) -> String? {
        guard line.contains(UInt8(ascii: "%")) else { return String(validating: line, as: UTF8.self) }
        var bytes: [UInt8] = []
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < line.endIndex,
                      let value = UInt8(String(decoding: line[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
