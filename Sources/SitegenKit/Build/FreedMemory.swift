#if canImport(Glibc)
import Glibc
#endif

/// glibc's malloc keeps the memory of freed small blocks in its heaps, for blocks to come. Before
/// a stage whose memory comes mostly in large blocks, which have mappings of their own (see
/// `LargeAllocations`), the heaps' wholly free pages are given back, so that the process does not
/// hold both: with many pages, the records of a stage just finished take tens of megabytes. The
/// same holds once the pages are generated, before the output is committed and the cache saved.
enum FreedMemory {
    /// `malloc_trim(0)`; does nothing where malloc is not glibc's.
    static func returnToTheSystem() {
        #if os(Linux)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let trim = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(trim, to: MallocTrim.self)(0) }
        #endif
    }
}
