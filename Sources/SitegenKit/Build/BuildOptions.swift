/// Where a build reads and writes, and how strict it is.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    /// Treat warnings as errors.
    public var strict: Bool
    /// Use and update the build cache in `.sitegen-cache/` (see `BuildCache`); `build` only.
    public var useCache: Bool

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates",
                outputDirectory: String = "site", baseURL: String? = nil, strict: Bool = false,
                useCache: Bool = true) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.strict = strict
        self.useCache = useCache
    }
}
