import Foundation

/// A fast 64-bit fingerprint of bytes (cache keys, HTTP validators), not a security measure.
public enum ContentHash {
    public static func value(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(bytes)
        return hasher.value
    }

    public static func value(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { value(of: UnsafeRawBufferPointer($0)) }
    }

    public static func value(of data: Data) -> UInt64 {
        data.withUnsafeBytes { value(of: $0) }
    }

    public static func hex(of data: Data) -> String {
        let digits = String(value(of: data), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Feeds values into one 64-bit hash. The result is the same in every process (unlike Swift's
/// `Hasher`, which is seeded per run), so it can be stored. Strings are prefixed with their length,
/// so `"ab", "c"` and `"a", "bc"` hash differently.
///
/// Bytes are taken 16 at a time and folded in with a full 64×64→128-bit multiply (the mixing step
/// of wyhash): every input bit reaches every output bit, at a fraction of a cycle per byte where a
/// byte-at-a-time hash such as FNV-1a needs several. Every file's text goes through it, often more
/// than once a build. Each `combine` call ends with its length, so calls are separate fields.
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Odd 64-bit constants with mixed bits (wyhash's); no 8 bytes of valid UTF-8 text equal one.
    private static let secret: (UInt64, UInt64, UInt64, UInt64) =
        (0xa076_1d64_78bd_642f, 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3, 0x5899_65cc_7537_4cc3)

    /// The high and low halves of the 128-bit product, folded.
    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        let count = bytes.count
        var offset = 0
        while offset + 16 <= count {
            let first = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let second = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            hash = Self.mix(first ^ Self.secret.0 ^ hash, second ^ Self.secret.1)
            offset += 16
        }
        // The last 0 to 15 bytes, little-endian, with the length folded in.
        let rest = count - offset
        let first = rest >= 8 ? UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                              : Self.partialWord(bytes, from: offset, count: rest)
        let second = rest > 8 ? Self.partialWord(bytes, from: offset + 8, count: rest - 8) : 0
        hash = Self.mix(first ^ Self.secret.2 ^ hash, second ^ Self.secret.3 ^ UInt64(count))
        value = hash
    }

    /// Up to 7 bytes from `start` as a little-endian number.
    @inline(__always)
    private static func partialWord(_ bytes: UnsafeRawBufferPointer, from start: Int, count: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(bytes[start + index]) << (UInt64(index) * 8) }
        return word
    }

    mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    mutating func combine(_ flag: Bool) { combine(flag ? 1 : 0) }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            combine(utf8.count)
            combine(UnsafeRawBufferPointer(utf8))
        }
    }
}
