/// Why writing the site failed, naming the path; the builder reports it as an error.
public struct SiteWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
