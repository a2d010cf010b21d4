import Foundation

/// How each file of the build cache is laid out: a header line naming the format and the kind of
/// file, the payload (`CompactEncoder`'s form), and a checksum of the payload, so that a file cut
/// off or changed is recognised as damaged.
enum CacheFile {
    /// How every version of the format starts: another version's file is not damaged, only not ours.
    static let family = Array("sitegen-build-cache ".utf8)
    /// The format's number, which changes with the format.
    static let version = 8

    /// The first line of a file of this `kind`.
    static func header(_ kind: String) -> [UInt8] { family + Array("\(version) \(kind)\n".utf8) }

    /// A whole file holding `payload`. (The parts file, which reaches megabytes, is written in
    /// pieces as a build runs: `PartsSpool`.)
    static func file(_ kind: String, payload: [UInt8]) -> Data {
        var data = Data(header(kind))
        data.append(contentsOf: payload)
        let sum = payload.withUnsafeBytes { checksum(of: $0) }
        withUnsafeBytes(of: sum.littleEndian) { data.append(contentsOf: $0) }
        return data
    }

    /// What a file read back holds.
    enum Contents {
        /// The payload's bounds in the bytes, and its checksum.
        case payload(Range<Int>, checksum: UInt64)
        /// A file of another version of the format: written by another sitegen, not damaged.
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

    static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = Checksum()
        checksum.add(bytes)
        return checksum.value
    }

    /// A checksum that reads eight bytes at a time (the files reach megabytes, which `ContentHash`
    /// takes byte by byte), fed in pieces as a file is written. Every step is a bijection of the
    /// state, so any one changed word changes the result; the length is mixed in, so a cut is seen too.
    struct Checksum {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var count = 0

        /// Adds the next bytes; every piece but the last must be a multiple of eight bytes long.
        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            let words = bytes.count / 8
            for index in 0..<words { mix(bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) }
            if words * 8 < bytes.count {
                var tail: UInt64 = 0
                for (shift, byte) in bytes[(words * 8)...].enumerated() { tail |= UInt64(byte) << UInt64(8 * shift) }
                mix(tail)
            }
            count += bytes.count
        }

        var value: UInt64 {
            var final = self
            final.mix(UInt64(count))
            return final.hash
        }

        private mutating func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash = (hash << 31) | (hash >> 33)
        }
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
        decode(bytes, kind: kind, checksum: expected, reading: Value.init(reading:))
    }

    /// The value `reading` makes of a file's payload; with `checksum`, only the file with that checksum is usable.
    static func decode<Value>(_ bytes: [UInt8], kind: String, checksum expected: UInt64? = nil,
                              reading: (CompactInput) throws -> Value) -> Reading<Value> {
        switch read(bytes, kind: kind) {
        case .otherVersion: return .unusable
        case .damaged: return .damaged
        case .payload(let range, let checksum):
            if let expected, expected != checksum { return .unusable }
            guard let value = try? reading(CompactInput(bytes[range])) else { return .damaged }
            return .value(value)
        }
    }
}

/// What one file of the build cache holds.
protocol CacheFileContents {
    init(reading input: CompactInput) throws
}
