#if canImport(Glibc)
import Glibc
#endif

/// After a large block is freed, glibc's malloc serves blocks up to that size from its heaps,
/// where freed memory is seldom given back to the system; with many pages, the listing pages and
/// the whole-site files (megabytes each) would then stay in the process long after they are
/// written. A fixed threshold keeps every large block in a mapping of its own, returned when freed.
enum LargeAllocations {
    /// Sets the threshold once per process; does nothing where malloc is not glibc's.
    static let returnToTheSystem: Void = {
        #if os(Linux)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        // `mallopt(M_MMAP_THRESHOLD, 128 KiB)`, glibc's default value, which setting it makes fixed.
        if let mallopt = dlsym(nil, "mallopt") { _ = unsafeBitCast(mallopt, to: Mallopt.self)(-3, 128 * 1024) }
        #endif
    }()
}
