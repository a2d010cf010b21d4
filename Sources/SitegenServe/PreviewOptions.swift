/// What `sitegen serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    /// The deployed address (`--base-url`); the preview serves the site under its path.
    public var baseURL: String?
    public var host: String
    /// 0 picks a free port; so does a port that is already in use.
    public var port: UInt16
    /// Poll for changes even where inotify is available (for network or container file systems).
    public var forcePolling: Bool

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates", baseURL: String? = nil,
                host: String = "127.0.0.1", port: UInt16 = 8000, forcePolling: Bool = false) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.baseURL = baseURL
        self.host = host
        self.port = port
        self.forcePolling = forcePolling
    }
}
