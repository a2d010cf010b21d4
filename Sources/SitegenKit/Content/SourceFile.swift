import Foundation

/// One input file, decoded as UTF-8.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics, for example `content/codes/303.md`.
    public var displayPath: String
    /// The path inside the content directory, for example `codes/303.md`.
    public var relativePath: String
    public var text: String

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }

    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    /// The start of the file, for problems that concern the whole file.
    public var start: SourceLocation { location(line: 1) }
}

/// A value together with the place in the source it came from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Codable where Value: Codable {}
