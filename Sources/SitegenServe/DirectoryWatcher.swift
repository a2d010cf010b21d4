import Foundation

/// Watches directories recursively on a thread of its own and hands each coalesced batch of
/// changes to `onChange`, on that thread. The next batch is collected while `onChange` runs, so
/// saves during a rebuild lead to exactly one more rebuild.
public final class DirectoryWatcher: @unchecked Sendable {
    public enum Mechanism: String, Sendable {
        case inotify
        case polling
    }

    /// How changes are found; it can switch from inotify to polling when the watch limit is reached.
    public var mechanism: Mechanism { lock.withLock { currentMechanism } }

    private let roots: [String]
    private let pollInterval: Duration
    private let onChange: @Sendable (ChangeCoalescer.Batch) -> Void
    private let lock = NSLock()
    private var currentMechanism: Mechanism
    private var source: any FileEventSource
    private var coalescer: ChangeCoalescer
    private var stopped = false

    /// Starts watching `roots` at once. Polling is used when `forcePolling` is set or inotify
    /// is unavailable (including every platform other than Linux).
    public init(roots: [String], forcePolling: Bool = false, pollInterval: Duration = .milliseconds(250),
                coalescer: ChangeCoalescer = ChangeCoalescer(), onChange: @escaping @Sendable (ChangeCoalescer.Batch) -> Void) {
        self.roots = roots
        self.pollInterval = pollInterval
        self.coalescer = coalescer
        self.onChange = onChange
        (source, currentMechanism) = Self.makeSource(roots: roots, forcePolling: forcePolling, pollInterval: pollInterval)
        let thread = Thread { [self] in run() }
        thread.name = "sitegen file watcher"
        thread.start()
    }

    /// Stops within a fraction of a second; a rebuild already running finishes first.
    public func stop() {
        lock.withLock { stopped = true }
    }

    private static func makeSource(roots: [String], forcePolling: Bool, pollInterval: Duration) -> (any FileEventSource, Mechanism) {
        #if os(Linux)
        if !forcePolling, let inotify = try? InotifyEventSource(roots: roots) {
            return (inotify, .inotify)
        }
        #endif
        return (PollingEventSource(roots: roots, interval: pollInterval), .polling)
    }

    private func run() {
        let clock = ContinuousClock()
        while !lock.withLock({ stopped }) {
            if let batch = coalescer.takeBatch(at: clock.now) {
                if !batch.paths.isEmpty { onChange(batch) }
                continue
            }
            let longest = Duration.milliseconds(200)
            let wait = coalescer.deadline.map { min(max($0 - clock.now, .zero), longest) } ?? longest
            for event in source.wait(upTo: wait) {
                coalescer.record(event, at: clock.now)
            }
            if source.needsFallback {
                let polling = PollingEventSource(roots: roots, interval: pollInterval)
                lock.withLock {
                    source = polling
                    currentMechanism = .polling
                }
            }
        }
    }
}
