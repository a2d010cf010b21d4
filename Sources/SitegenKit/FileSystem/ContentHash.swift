import Foundation

/// FNV-1a, 64 bits: a fast fingerprint (cache keys, HTTP validators), not a security measure.
public enum ContentHash {
    public static func value(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    public static func value(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { value(of: UnsafeRawBufferPointer($0)) }
    }

    public static func hex(of data: Data) -> String {
        let digits = String(data.withUnsafeBytes { value(of: $0) }, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
