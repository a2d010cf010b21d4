import Foundation

/// Maps an array on all cores and returns the results in the input's order, so output stays
/// deterministic however the work was scheduled.
enum ConcurrentMap {
    static func map<Input: Sendable, Output>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        // Each result is written straight into the array returned, which is never copied: the
        // results of a stage over every page may be large.
        [Output](unsafeUninitializedCapacity: inputs.count) { buffer, initializedCount in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                (slots.buffer.baseAddress! + index).initialize(to: transform(inputs[index]))
            }
            initializedCount = inputs.count
        }
    }
}

/// Each concurrent iteration writes only its own slot, so sharing the buffer is safe.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
