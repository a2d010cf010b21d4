/// Something that reports file events below a set of directories: inotify on Linux, or polling.
protocol FileEventSource: AnyObject {
    /// Blocks for at most `timeout` and returns the events that arrived (possibly none).
    func wait(upTo timeout: Duration) -> [ChangeCoalescer.Event]
    /// True once the source can no longer see every change (inotify's watch limit was reached),
    /// so the watcher should switch to polling.
    var needsFallback: Bool { get }
}

/// Names editors use for swap, backup and lock files; changes to them never change the site.
enum EditorScratchFiles {
    static func isScratch(_ name: some StringProtocol) -> Bool {
        name.hasSuffix("~") || name == "4913" || name.hasPrefix(".#")
            || (name.hasPrefix(".") && (name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swo")))
    }
}
