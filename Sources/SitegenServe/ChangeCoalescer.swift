/// Turns the stream of file events an editor's save produces into one batch, released only
/// when the files are complete.
///
/// Editors write a file several times per save (a backup, a truncate, the writes, a rename),
/// so a batch waits for a short quiet period after the last event, and for every file being
/// written to be closed (or renamed into place), so a rebuild never reads a half-written file.
/// A writer that never reports completion is given up on after `writeTimeout`.
public struct ChangeCoalescer: Sendable {
    public enum Event: Sendable {
        /// A new file appeared; it is complete once `settled`.
        case created(String)
        /// The file's bytes are changing and may not be complete yet.
        case writing(String)
        /// The file is complete: closed after writing, or renamed into place.
        case settled(String)
        /// The file was deleted or renamed away.
        case removed(String)
    }

    /// A set of changed paths, and when the first of their events happened (about when the user saved).
    public struct Batch: Sendable, Equatable {
        public var paths: [String]
        public var firstEvent: ContinuousClock.Instant

        public init(paths: [String], firstEvent: ContinuousClock.Instant) {
            self.paths = paths
            self.firstEvent = firstEvent
        }
    }

    public let quietPeriod: Duration
    public let writeTimeout: Duration
    private var changed = Set<String>()
    private var beingWritten = Set<String>()
    /// Files created since the batch began; one removed again was an editor's temporary file.
    private var createdInBatch = Set<String>()
    private var firstEvent: ContinuousClock.Instant?
    private var lastEvent: ContinuousClock.Instant?

    public init(quietPeriod: Duration = .milliseconds(40), writeTimeout: Duration = .seconds(2)) {
        self.quietPeriod = quietPeriod
        self.writeTimeout = writeTimeout
    }

    public mutating func record(_ event: Event, at time: ContinuousClock.Instant) {
        switch event {
        case .created(let path):
            changed.insert(path)
            beingWritten.insert(path)
            createdInBatch.insert(path)
        case .writing(let path):
            changed.insert(path)
            beingWritten.insert(path)
        case .settled(let path):
            changed.insert(path)
            beingWritten.remove(path)
        case .removed(let path):
            beingWritten.remove(path)
            if createdInBatch.remove(path) != nil { changed.remove(path) } else { changed.insert(path) }
        }
        if firstEvent == nil { firstEvent = time }
        lastEvent = time
    }

    /// When `takeBatch` may next return a batch; `nil` when nothing is pending.
    public var deadline: ContinuousClock.Instant? {
        guard let lastEvent else { return nil }
        return lastEvent + (beingWritten.isEmpty ? quietPeriod : writeTimeout)
    }

    /// The pending batch, if it is ready at `now`; taking it starts a new one. The batch can
    /// be empty when every file in it was created and removed again.
    public mutating func takeBatch(at now: ContinuousClock.Instant) -> Batch? {
        guard let deadline, now >= deadline, let firstEvent else { return nil }
        let batch = Batch(paths: changed.sorted(), firstEvent: firstEvent)
        changed = []
        beingWritten = []
        createdInBatch = []
        self.firstEvent = nil
        lastEvent = nil
        return batch
    }
}
