import Foundation

/// Finds changes by listing the directories at a fixed interval and comparing each file's size
/// and modification time. A changed file counts as complete once it is unchanged for one interval.
/// Used where inotify is unavailable or its watch limit is reached (and on macOS).
final class PollingEventSource: FileEventSource {
    private struct Signature: Equatable {
        var modified: Date?
        var size: Int?
    }

    private let roots: [String]
    private let interval: Duration
    private let clock = ContinuousClock()
    private var nextScan: ContinuousClock.Instant
    private var known: [String: Signature]
    /// Files seen changing at the last scan, reported complete once they hold still.
    private var unsettled = Set<String>()
    let needsFallback = false

    init(roots: [String], interval: Duration = .milliseconds(250)) {
        self.roots = roots
        self.interval = interval
        known = Self.scan(roots)
        nextScan = clock.now + interval
    }

    func wait(upTo timeout: Duration) -> [ChangeCoalescer.Event] {
        let now = clock.now
        guard now >= nextScan else {
            Thread.sleep(forTimeInterval: Double(min(timeout, nextScan - now).milliseconds) / 1000)
            return []
        }
        nextScan = now + interval
        let current = Self.scan(roots)
        var events: [ChangeCoalescer.Event] = []
        var changedNow = Set<String>()
        for (path, signature) in current where known[path] != signature {
            events.append(known[path] == nil ? .created(path) : .writing(path))
            changedNow.insert(path)
        }
        for path in known.keys where current[path] == nil {
            events.append(.removed(path))
        }
        for path in unsettled.subtracting(changedNow) where current[path] != nil {
            events.append(.settled(path))
        }
        unsettled = changedNow
        known = current
        return events
    }

    private static func scan(_ roots: [String]) -> [String: Signature] {
        var result: [String: Signature] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: keys) else { continue }
            let prefix = URL(fileURLWithPath: root).standardizedFileURL.path
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true,
                      !EditorScratchFiles.isScratch(url.lastPathComponent) else { continue }
                let path = root + url.standardizedFileURL.path.dropFirst(prefix.count)
                result[path] = Signature(modified: values.contentModificationDate, size: values.fileSize)
            }
        }
        return result
    }
}
