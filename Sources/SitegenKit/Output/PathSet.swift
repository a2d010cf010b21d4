import Foundation

/// A set of paths, in the order they were added, kept as one block of bytes: a site's list of
/// files (one per page, any number of them) then takes a fraction of the memory of a
/// `Set<String>`, whose every path longer than 15 bytes is a heap object of its own with its own
/// slot. Paths come back as new strings. Not thread-safe: its owner locks it.
struct PathSet {
    /// Every path's UTF-8 bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each path ends in `bytes`; the one at position `n` starts where the one before it ends.
    private var ends: [UInt32] = []
    /// Open addressing, never more than half full: 1 + the position of a path, or 0 for an empty slot.
    private var slots = [UInt32](repeating: 0, count: 16)

    init() {}

    init(_ paths: some Sequence<String>) {
        for path in paths { insert(path) }
    }

    var count: Int { ends.count }

    var isEmpty: Bool { ends.isEmpty }

    /// The path added at `position` (0 for the first).
    subscript(position: Int) -> String {
        let start = position == 0 ? 0 : Int(ends[position - 1])
        return String(decoding: bytes[start..<Int(ends[position])], as: UTF8.self)
    }

    /// Every path, in the order they were added.
    var paths: [String] { (0..<count).map { self[$0] } }

    func contains(_ path: String) -> Bool {
        position(of: path) != nil
    }

    /// Where `path` is among the paths, in the order they were added.
    func position(of path: String) -> Int? {
        var path = path
        return path.withUTF8 { key in
            let slot = slot(for: key)
            return slots[slot] == 0 ? nil : Int(slots[slot] - 1)
        }
    }

    /// Adds `path` unless it is there already; whether it was added, and its position.
    @discardableResult
    mutating func insert(_ path: String) -> (inserted: Bool, position: Int) {
        var path = path
        return path.withUTF8 { key in
            let slot = slot(for: key)
            if slots[slot] != 0 { return (false, Int(slots[slot] - 1)) }
            bytes.append(contentsOf: key)
            precondition(bytes.count <= UInt32.max, "a site's paths take more than 4 GiB")
            ends.append(UInt32(bytes.count))
            slots[slot] = UInt32(ends.count)
            if ends.count * 2 > slots.count { growSlots() }
            return (true, ends.count - 1)
        }
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func slot(for key: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0, !holds(key, at: Int(slots[slot] - 1)) {
            slot = (slot + 1) & mask
        }
        return slot
    }

    private func holds(_ key: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let start = position == 0 ? 0 : Int(ends[position - 1])
        let end = Int(ends[position])
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            key.isEmpty || memcmp(all.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }

    /// Doubles the table and puts every path in its new slot.
    private mutating func growSlots() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        let (bytes, ends) = (bytes, ends)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for (position, end) in ends.enumerated() {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: all[start..<Int(end)])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt32(position + 1)
                start = Int(end)
            }
        }
    }
}
