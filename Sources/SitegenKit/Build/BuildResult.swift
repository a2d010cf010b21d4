/// The outcome of a successful `build` or `check`.
public struct BuildResult: Sendable {
    /// Pages rendered (HTML files, not assets).
    public var pageCount: Int
    /// The files of the site; written by `build`, only counted by `check`.
    public var files: [OutputFile]
    /// Warnings (a successful run has no errors).
    public var diagnostics: [Diagnostic]
    /// What `build` changed on disk; `nil` for `check`.
    public var writeSummary: SiteWriter.Summary?
    /// `build` found nothing changed since the build the cache recorded, so it regenerated nothing.
    public var fromCache = false
    /// What the build took from an earlier one instead of redoing it (see `RebuildMemory`, `BuildCache`);
    /// `pageCount - reused.pages` pages were rendered.
    public var reused = Reuse()
}
