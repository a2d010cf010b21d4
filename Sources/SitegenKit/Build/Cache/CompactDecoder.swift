/// Reads what `CompactEncoder` wrote. The bytes come from a file anyone could have changed, so
/// every read is bounds-checked and every length is checked against what is left: damaged input
/// throws, never crashes and never allocates more than its own size.
enum CompactDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: ArraySlice<UInt8>) throws -> T {
        let input = CompactInput(bytes)
        let value = try T(from: CompactReader(input: input))
        try input.finish()
        return value
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(type, from: bytes[...])
    }
}

/// The bytes being read and the position, shared by every container of one decoding. Positions
/// are the slice's own indices, so a part of a larger buffer is read where it lies.
final class CompactInput {
    let bytes: ArraySlice<UInt8>
    var offset: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    var isAtEnd: Bool { offset == bytes.endIndex }

    /// Throws unless every byte was read.
    func finish() throws {
        guard isAtEnd else { throw damaged("bytes after the end") }
    }

    func damaged(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "damaged build cache: \(what) at byte \(offset)"))
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.endIndex else { throw damaged("unexpected end") }
        defer { offset += 1 }
        return bytes[offset]
    }

    func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            let byte = try byte()
            value |= UInt64(byte & 0x7F) << UInt64(shift)
            if byte < 0x80 { return value }
        }
        throw damaged("an overlong number")
    }

    func signed() throws -> Int64 {
        let zigzag = try unsigned()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    func integer<T: FixedWidthInteger>(_ value: some BinaryInteger) throws -> T {
        guard let exact = T(exactly: value) else { throw damaged("a number out of range") }
        return exact
    }

    /// A length or count, which cannot exceed the bytes left.
    func length(_ value: UInt64) throws -> Int {
        guard value <= UInt64(bytes.endIndex - offset) else { throw damaged("a length past the end") }
        return Int(value)
    }

    func string() throws -> String {
        let count = try length(unsigned())
        defer { offset += count }
        let start = offset - bytes.startIndex
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + count]), as: UTF8.self) }
    }

    /// Bytes written with their count before them, where they lie.
    func slice() throws -> ArraySlice<UInt8> {
        let count = try length(unsigned())
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    func fixed(byteCount: Int) throws -> UInt64 {
        _ = try length(UInt64(byteCount))
        var value: UInt64 = 0
        for shift in 0..<byteCount { value |= UInt64(bytes[offset + shift]) << UInt64(8 * shift) }
        offset += byteCount
        return value
    }

    func optional<T>(_ read: () throws -> T) throws -> T? {
        try bool() ? read() : nil
    }

    func array<T: CompactCodable>(of type: T.Type) throws -> [T] {
        let count = try length(unsigned())
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(reading: self)) }
        return values
    }

    func strings() throws -> [String] {
        let count = try length(unsigned())
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw damaged("a flag that is neither 0 nor 1")
        }
    }
}

/// The `Decoder` and single-value container.
struct CompactReader: Decoder, SingleValueDecodingContainer {
    let input: CompactInput
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedReader<Key>(input: input, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try CompactUnkeyedReader(input: input, codingPath: codingPath) }
    func singleValueContainer() -> any SingleValueDecodingContainer { self }

    /// The encoder refuses `nil` here, so a value is always present.
    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try input.bool() }
    func decode(_ type: String.Type) throws -> String { try input.string() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try input.fixed(byteCount: 8)) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: UInt32(try input.fixed(byteCount: 4))) }
    func decode(_ type: Int.Type) throws -> Int { try input.integer(input.signed()) }
    func decode(_ type: Int8.Type) throws -> Int8 { try input.integer(input.signed()) }
    func decode(_ type: Int16.Type) throws -> Int16 { try input.integer(input.signed()) }
    func decode(_ type: Int32.Type) throws -> Int32 { try input.integer(input.signed()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try input.signed() }
    func decode(_ type: UInt.Type) throws -> UInt { try input.integer(input.unsigned()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try input.integer(input.unsigned()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try input.integer(input.unsigned()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try input.integer(input.unsigned()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try input.unsigned() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

/// A struct's fields, read in the order they were written.
struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let input: CompactInput
    var codingPath: [any CodingKey]

    private var value: CompactReader { CompactReader(input: input, codingPath: codingPath) }

    /// Coding that asks which keys are present needs the names this format leaves out.
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { false }

    func decodeNil(forKey key: Key) throws -> Bool { try !input.bool() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value.decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value.decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value.decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value.decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value.decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value.decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value.decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value.decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value.decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value.decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value.decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value.decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value.decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value.decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: value) }

    // The presence byte `CompactKeyedWriter.encodeIfPresent` writes; every overload is spelled out
    // because the protocol's defaults would ask `contains`, which this format cannot answer.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present() ? value.decode(type) : nil }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present() ? value.decode(type) : nil }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present() ? T(from: value) : nil }

    private func present() throws -> Bool { try input.bool() }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
        value.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try value.unkeyedContainer() }
    func superDecoder() -> any Decoder { value }
    func superDecoder(forKey key: Key) -> any Decoder { value }
}

/// An array: its count, then its elements.
struct CompactUnkeyedReader: UnkeyedDecodingContainer {
    let input: CompactInput
    var codingPath: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0

    init(input: CompactInput, codingPath: [any CodingKey]) throws {
        self.input = input
        self.codingPath = codingPath
        count = try input.length(input.fixed(byteCount: 4))
    }

    var isAtEnd: Bool { currentIndex >= count! }

    private mutating func next() throws -> CompactReader {
        guard !isAtEnd else { throw input.damaged("an array read past its end") }
        currentIndex += 1
        return CompactReader(input: input, codingPath: codingPath)
    }

    mutating func decodeNil() -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
