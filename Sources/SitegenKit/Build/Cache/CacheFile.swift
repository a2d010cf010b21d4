import Foundation

/// How each file of the build cache is laid out: a header line naming the format and the kind of
/// file, the payload (`CompactEncoder`'s form), and a checksum of the payload, so that a file cut
/// off or changed is recognised as damaged.
enum CacheFile {
    /// How every version of the format starts: another version's file is not damaged, only not ours.
    static let family = Array("sitegen-build-cache ".utf8)
    /// The format's number, which changes with the format.
    static let version = 4

    /// The first line of a file of this `kind`.
    static func header(_ kind: String) -> [UInt8] { family + Array("\(version) \(kind)\n".utf8) }

    /// Assembles one file: the header, the payload written through `output` and `append`, and the
    /// checksum (`finish`). The bytes go straight into the `Data` that is written, so a file of
    /// megabytes is not held twice.
    final class Writer {
        private(set) var data: Data
        private let headerCount: Int
        /// Takes the small fields; moved into the file before anything is appended.
        let output = CompactOutput()

        init(kind: String) {
            data = Data(CacheFile.header(kind))
            headerCount = data.count
        }

        /// Adds bytes written elsewhere (an entry kept as it was encoded).
        func append(_ bytes: ArraySlice<UInt8>) {
            flush()
            data.append(contentsOf: bytes)
        }

        private func flush() {
            data.append(contentsOf: output.bytes)
            output.bytes.removeAll(keepingCapacity: true)
        }

        /// Appends the payload's checksum and returns it with the whole file.
        func finish() -> (data: Data, checksum: UInt64) {
            flush()
            let checksum = data.withUnsafeBytes { CacheFile.checksum(of: UnsafeRawBufferPointer(rebasing: $0[headerCount...])) }
            withUnsafeBytes(of: checksum.littleEndian) { data.append(contentsOf: $0) }
            return (data, checksum)
        }
    }

    /// What a file read back holds.
    enum Contents {
        /// The payload's bounds in the bytes, and its checksum.
        case payload(Range<Int>, checksum: UInt64)
        /// A file of another version of the format, to be replaced without a warning.
        case otherVersion
        case damaged
    }

    static func read(_ bytes: [UInt8], kind: String) -> Contents {
        let header = header(kind)
        guard bytes.count >= header.count + 8, bytes.starts(with: header) else {
            let firstLine = bytes.prefix { $0 != 0x0A }
            let isOtherVersion = firstLine.starts(with: family) && firstLine.count < bytes.count
                && !firstLine.starts(with: family + Array("\(version) ".utf8))
            return isOtherVersion ? .otherVersion : .damaged
        }
        let payload = header.count..<bytes.count - 8
        let stored = bytes[payload.upperBound...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let computed = bytes.withUnsafeBytes { checksum(of: UnsafeRawBufferPointer(rebasing: $0[payload])) }
        return stored == computed ? .payload(payload, checksum: computed) : .damaged
    }

    /// A checksum that reads eight bytes at a time (the files reach megabytes, which `ContentHash`
    /// takes byte by byte). Every step is a bijection of the state, so any one changed word changes
    /// the result; the length is mixed in, so a cut is seen too.
    static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash = (hash << 31) | (hash >> 33)
        }
        let words = bytes.count / 8
        for index in 0..<words { mix(bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[(words * 8)...].enumerated() { tail |= UInt64(byte) << UInt64(8 * shift) }
        mix(tail)
        return hash
    }
}

extension CacheFile {
    enum Reading<Value> {
        case value(Value)
        /// Not ours to use, but not damaged: another version's file, or parts written with another state.
        case unusable
        case damaged
    }

    /// The value a file's bytes hold; with `checksum`, only the file with that checksum is usable.
    static func decode<Value: CacheFileContents>(_ bytes: [UInt8], kind: String, as type: Value.Type,
                                                 checksum expected: UInt64? = nil) -> Reading<Value> {
        switch read(bytes, kind: kind) {
        case .otherVersion: return .unusable
        case .damaged: return .damaged
        case .payload(let range, let checksum):
            if let expected, expected != checksum { return .unusable }
            guard let value = try? Value(reading: CompactInput(bytes[range])) else { return .damaged }
            return .value(value)
        }
    }
}

/// What one file of the build cache holds.
protocol CacheFileContents {
    init(reading input: CompactInput) throws
}
