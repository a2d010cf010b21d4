import Foundation

/// What one build in this process learned, so the next build redoes only what changed (see
/// `ReusableParts`): unchanged files are not parsed again, unchanged bodies not rendered again, and
/// a page whose inputs are all unchanged keeps its bytes. `sitegen serve` keeps one across its
/// rebuilds and passes it to `SiteBuilder.check(_:reusing:)`; `sitegen build` keeps the same parts
/// on disk (`BuildCache`). Results always equal a fresh build's. Thread-safe.
public final class RebuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var parts = ReusableParts()
    private var latestReuse = Reuse()

    public init() {}

    /// What the latest completed build reused.
    public var lastReuse: Reuse { lock.withLock { latestReuse } }

    /// Starts a build with what the previous one left. Pages are kept with their bytes, so no
    /// output directory is consulted.
    func begin() -> BuildReuse {
        BuildReuse(lock.withLock { parts }, keepingPageBytes: true) { _ in nil }
    }

    /// Ends a build, failed or not: its parts replace the previous ones.
    func finish(_ reuse: BuildReuse) {
        let next = reuse.finish()
        lock.withLock {
            parts = next
            latestReuse = reuse.reused
        }
    }
}
