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

    /// Runs `action` with the result once the work has finished, without holding a thread until
    /// then: a thread of the shared pool that waits can starve the work it waits for.
    func whenDone(_ action: @escaping @Sendable (Value) -> Void) {
        done.notify(queue: .global()) { [self] in action(value!) }
    }
}

/// Lets go of `values` on another thread: the records of a build over thousands of pages take
/// tens of milliseconds to free, which the caller need not wait for.
func releaseInBackground(_ values: Any...) {
    let held = UncheckedSendable(values)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
}

/// Values handed to another thread only to be freed there, never used.
private struct UncheckedSendable: @unchecked Sendable {
    let values: [Any]
    init(_ values: [Any]) { self.values = values }
}
