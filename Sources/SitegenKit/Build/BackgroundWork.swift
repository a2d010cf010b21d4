import Foundation

/// Work started on a thread of its own, to run beside a stage the calling thread is busy with,
/// and waited for once its result is needed.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the work, read only after `done` is left.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            value = work()
            done.leave()
        }
    }

    /// The work's result, once it has finished.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
