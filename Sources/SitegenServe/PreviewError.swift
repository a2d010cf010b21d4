/// A problem that stops `serve` before it serves anything, such as a bad `--host`.
public struct PreviewError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
