#if os(Linux)
import Foundation
import Glibc

/// Linux file events from inotify, one watch per directory (inotify is not recursive), with
/// watches added as directories appear. A file counts as complete when it is closed after
/// writing or renamed into place, so a rebuild never reads it half-written.
final class InotifyEventSource: FileEventSource {
    struct Unavailable: Error {
        var reason: String
    }

    private let descriptor: Int32
    private let roots: [String]
    /// The directory each watch descriptor stands for.
    private var directories: [Int32: String] = [:]
    private(set) var needsFallback = false
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private static let mask = UInt32(IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Throws when inotify cannot be used at all, or cannot watch every directory (the limit in
    /// /proc/sys/fs/inotify/max_user_watches); the caller then polls instead.
    init(roots: [String]) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Unavailable(reason: String(cString: strerror(errno))) }
        self.roots = roots
        for root in roots {
            var ignored: [ChangeCoalescer.Event] = []
            guard watchTree(root, reportingInto: &ignored) else {
                close(descriptor)
                throw Unavailable(reason: "the inotify watch limit is reached")
            }
        }
    }

    deinit {
        close(descriptor)
    }

    func wait(upTo timeout: Duration) -> [ChangeCoalescer.Event] {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(clamping: timeout.milliseconds)) > 0 else { return [] }
        var events: [ChangeCoalescer.Event] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            parse(count: count, into: &events)
        }
        return events
    }

    private func parse(count: Int, into events: inout [ChangeCoalescer.Event]) {
        var offset = 0
        while offset + 16 <= count {
            let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + 16)..<(offset + 16 + nameLength)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += 16 + nameLength
            handle(watch: watch, mask: mask, name: name, into: &events)
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, into events: inout [ChangeCoalescer.Event]) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost; the whole site is rebuilt anyway, so any path will do.
            events.append(.settled(roots[0]))
            return
        }
        guard let directory = directories[watch] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            directories[watch] = nil
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            events.append(.settled(directory))
            return
        }
        guard !name.isEmpty, !EditorScratchFiles.isScratch(name) else { return }
        let path = directory + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !watchTree(path, reportingInto: &events) {
                needsFallback = true
            }
            events.append(mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 ? .removed(path) : .settled(path))
        } else if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
            events.append(.removed(path))
        } else if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
            events.append(.settled(path))
        } else if mask & UInt32(IN_CREATE) != 0 {
            events.append(.created(path))
        } else {
            events.append(.writing(path))
        }
    }

    /// Watches `directory` and every directory below it, reporting the files found in it (a
    /// directory moved in brings its files along). False when the watch limit is reached.
    private func watchTree(_ directory: String, reportingInto events: inout [ChangeCoalescer.Event]) -> Bool {
        let watch = inotify_add_watch(descriptor, directory, Self.mask)
        guard watch >= 0 else { return errno != ENOSPC }
        directories[watch] = directory
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for entry in entries.sorted() {
            let path = directory + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard watchTree(path, reportingInto: &events) else { return false }
            } else if !EditorScratchFiles.isScratch(entry) {
                events.append(.settled(path))
            }
        }
        return true
    }
}
#endif
