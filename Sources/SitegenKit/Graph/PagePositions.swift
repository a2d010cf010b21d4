/// Where each plain page is in `SiteIndex.sortedPages`, found by its path: a table of positions
/// (open addressing, never more than half full) whose keys are the pages' own paths, so that it
/// holds no string. A `[String: Int]` of 100,000 pages takes six megabytes; this takes one.
struct PagePositions: Sendable {
    /// 1 + a position in the pages, or 0 for an empty slot.
    private var slots: [UInt32]

    /// The table of `pages`, whose paths are all different.
    init(_ pages: [PlainDocument]) {
        precondition(pages.count < UInt32.max, "too many pages")
        var size = 16
        while size < 2 * pages.count { size *= 2 }
        slots = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        for (position, page) in pages.enumerated() {
            var slot = page.path.hashValue & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(position + 1)
        }
    }

    /// The position of the page at `path` in `pages`, the list the table was made of.
    func position(of path: String, in pages: [PlainDocument]) -> Int? {
        let mask = slots.count - 1
        var slot = path.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot] - 1)
            if pages[position].path == path { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
