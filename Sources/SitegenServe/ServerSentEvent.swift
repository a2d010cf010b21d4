import Foundation

/// The messages of the live-reload event stream, in the `text/event-stream` format.
enum ServerSentEvent {
    /// Sent first: a browser that loses the connection (the server restarted) retries after
    /// half a second instead of the default three.
    static let retryQuickly = Data("retry: 500\n\n".utf8)
    static let reload = Data("event: reload\ndata: {}\n\n".utf8)
    static let ping = Data(": ping\n\n".utf8)

    /// The diagnostics of a failed build, as one JSON array of lines.
    static func errors(_ lines: [String]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let json = (try? encoder.encode(lines)) ?? Data("[]".utf8)
        return Data("event: errors\ndata: ".utf8) + json + Data("\n\n".utf8)
    }
}
