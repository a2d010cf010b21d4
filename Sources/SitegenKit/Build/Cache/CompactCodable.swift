/// A small value the build cache stores many times over (every link, heading and source location
/// of every page), written field by field: through `Codable`'s containers each value costs about a
/// microsecond, which at 10,000 pages is most of a rebuild. Other coders store the same bytes.
protocol CompactCodable: Codable {
    func write(to output: CompactOutput)
    init(reading input: CompactInput) throws
}

extension CompactCodable {
    func encodeCompactly(to encoder: any Encoder) throws {
        if let writer = encoder as? CompactWriter { return write(to: writer.output) }
        let output = CompactOutput()
        write(to: output)
        var container = encoder.singleValueContainer()
        try container.encode(output.bytes)
    }

    init(decodingCompactly decoder: any Decoder) throws {
        if let reader = decoder as? CompactReader {
            try self.init(reading: reader.input)
        } else {
            self = try CompactDecoder.decode(Self.self, from: try decoder.singleValueContainer().decode([UInt8].self))
        }
    }
}

extension SourceLocation: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(file)
        output.signed(Int64(line))
        output.signed(Int64(column))
    }

    init(reading input: CompactInput) throws {
        self.init(file: try input.string(), line: try input.integer(input.signed()), column: try input.integer(input.signed()))
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension PageID: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        switch self {
        case .home: output.unsigned(0)
        case .family(let digit): output.unsigned(1); output.signed(Int64(digit))
        case .code(let code): output.unsigned(2); output.signed(Int64(code))
        case .page(let path): output.unsigned(3); output.string(path)
        case .guideIndex: output.unsigned(4)
        case .notFound: output.unsigned(5)
        }
    }

    init(reading input: CompactInput) throws {
        switch try input.unsigned() {
        case 0: self = .home
        case 1: self = .family(try input.integer(input.signed()))
        case 2: self = .code(try input.integer(input.signed()))
        case 3: self = .page(try input.string())
        case 4: self = .guideIndex
        case 5: self = .notFound
        default: throw input.damaged("an unknown kind of page")
        }
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension InternalLink: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        target.write(to: output)
        output.optional(fragment, output.string)
        location.write(to: output)
    }

    init(reading input: CompactInput) throws {
        self.init(target: try PageID(reading: input), fragment: try input.optional(input.string),
                  location: try SourceLocation(reading: input))
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension RenderedHeading: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.signed(Int64(level))
        output.string(id)
        output.string(text)
    }

    init(reading input: CompactInput) throws {
        self.init(level: try input.integer(input.signed()), id: try input.string(), text: try input.string())
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension FileFingerprint: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.signed(size)
        output.signed(modified)
        output.signed(changed)
        output.unsigned(inode)
    }

    init(reading input: CompactInput) throws {
        self.init(size: try input.signed(), modified: try input.signed(), changed: try input.signed(), inode: try input.unsigned())
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension Diagnostic: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(severity.rawValue)
        output.optional(location) { $0.write(to: output) }
        output.string(message)
    }

    init(reading input: CompactInput) throws {
        guard let severity = Severity(rawValue: try input.string()) else { throw input.damaged("an unknown severity") }
        let location = try input.optional { try SourceLocation(reading: input) }
        self.init(severity, try input.string(), at: location)
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension DiagnosticLog: Codable, CompactCodable {
    func write(to output: CompactOutput) { output.array(diagnostics) }

    init(reading input: CompactInput) throws {
        self.init(recorded: try input.array(of: Diagnostic.self))
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}

extension SourceFile: Codable, CompactCodable {
    func write(to output: CompactOutput) {
        output.string(displayPath)
        output.string(relativePath)
        output.string(text)
    }

    init(reading input: CompactInput) throws {
        self.init(displayPath: try input.string(), relativePath: try input.string(), text: try input.string())
    }

    public func encode(to encoder: any Encoder) throws { try encodeCompactly(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(decodingCompactly: decoder) }
}
