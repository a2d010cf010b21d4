import Foundation

/// The site the preview serves now, and the open pages listening for changes to it.
///
/// One lock guards both, so a page that subscribes while a rebuild lands either was served the
/// new build or is told to reload: never neither. Reloads are sent only after the new snapshot
/// is in place, so the reloaded page can only fetch the new site.
final class LiveSite: @unchecked Sendable {
    /// What a successful rebuild changed.
    struct Publication: Sendable {
        var changedFiles: Int
        var reloadedPages: Int
    }

    private struct Listener {
        var page: String
        var continuation: AsyncStream<Data>.Continuation
    }

    private let lock = NSLock()
    private var current: SiteSnapshot?
    private var failure: [String]?
    private var listeners: [UUID: Listener] = [:]
    /// The save that led to the last reload and the pages told to reload, until one of them
    /// comes back with the new build (that is the "reloaded page" of the save-to-reload time).
    private var pendingReload: (savedAt: ContinuousClock.Instant, pages: Set<String>)?
    private let onPageReloaded: @Sendable (Duration) -> Void

    /// `onPageReloaded` receives the time from a save to the first page reloaded because of it.
    init(onPageReloaded: @escaping @Sendable (Duration) -> Void) {
        self.onPageReloaded = onPageReloaded
    }

    /// The last good build; `nil` until one succeeds.
    var snapshot: SiteSnapshot? { lock.withLock { current } }

    /// The diagnostics of the failing build, while the last build failed.
    var failureLines: [String]? { lock.withLock { failure } }

    /// Serves `snapshot` from now on and reloads the pages it changed, or whose stylesheets,
    /// scripts or images it changed; every page when this build ends a failure.
    func publish(_ snapshot: SiteSnapshot, savedAt: ContinuousClock.Instant?) -> Publication {
        let (publication, reloading) = lock.withLock {
            let changed = current.map { snapshot.changedPaths(since: $0) } ?? Set(snapshot.files.keys)
            let reloadAll = failure != nil
            let previous = current
            current = snapshot
            failure = nil
            var reloading: [Listener] = []
            for (id, listener) in listeners where reloadAll || changed.contains(listener.page)
                || !changed.isDisjoint(with: previous?.files[listener.page]?.resources ?? []) {
                reloading.append(listener)
                listeners[id] = nil
            }
            if let savedAt, !reloading.isEmpty { pendingReload = (savedAt, Set(reloading.map(\.page))) }
            return (Publication(changedFiles: changed.count, reloadedPages: reloading.count), reloading)
        }
        // Finished outside the lock: finishing runs the stream's termination handler, which takes it.
        for listener in reloading {
            listener.continuation.yield(ServerSentEvent.reload)
            listener.continuation.finish()
        }
        return publication
    }

    /// Keeps serving the last good build and shows `lines` on every open page.
    func publishFailure(_ lines: [String]) {
        lock.withLock {
            failure = lines
            for listener in listeners.values { listener.continuation.yield(ServerSentEvent.errors(lines)) }
        }
    }

    /// Events for the page at `page` (a site path such as `303/index.html`), which was served
    /// from a build whose bytes had `fingerprint`. A page that is already stale is told to
    /// reload at once; while a build is failing, its errors are sent first.
    func subscribe(page: String, fingerprint: String) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) }
        }
        var reloadedAfter: Duration?
        let isStale = lock.withLock {
            continuation.yield(ServerSentEvent.retryQuickly)
            if let failure {
                continuation.yield(ServerSentEvent.errors(failure))
            }
            if let current, current.files[page]?.fingerprint != fingerprint { return true }
            listeners[id] = Listener(page: page, continuation: continuation)
            if let pending = pendingReload, pending.pages.contains(page) {
                let elapsed = pending.savedAt.duration(to: .now)
                // A page coming back much later was opened by hand, not reloaded.
                if elapsed < .seconds(10) { reloadedAfter = elapsed }
                pendingReload = nil
            }
            return false
        }
        if isStale {
            continuation.yield(ServerSentEvent.reload)
            continuation.finish()
        }
        if let reloadedAfter { onPageReloaded(reloadedAfter) }
        return stream
    }

    /// Sends a comment to every page, so connections whose browser went away are noticed and dropped.
    func ping() {
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener.continuation.yield(ServerSentEvent.ping) }
    }

    /// Ends every event stream, so the server can stop without waiting for browsers.
    func closeAll() {
        let all = lock.withLock {
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for listener in all { listener.continuation.finish() }
    }
}
