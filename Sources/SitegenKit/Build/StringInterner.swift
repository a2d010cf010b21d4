import Foundation

/// Keeps one copy of equal strings: pages built from one template share most of their ids and
/// often their headings, and a site may hold these for any number of pages. Thread-safe.
final class StringInterner: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: Set<String> = []

    /// The copy of `string` kept first.
    func intern(_ string: String) -> String {
        lock.withLock { strings.insert(string).memberAfterInsert }
    }
}
