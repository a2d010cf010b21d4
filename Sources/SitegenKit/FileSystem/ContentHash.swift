import Foundation

/// FNV-1a, 64 bits: a fast fingerprint (cache keys, HTTP validators), not a security measure.
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

/// Feeds values into one FNV-1a hash. The result is the same in every process (unlike Swift's
/// `Hasher`, which is seeded per run), so it can be stored. Strings are prefixed with their length,
/// so `"ab", "c"` and `"a", "bc"` hash differently.
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = hash
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
