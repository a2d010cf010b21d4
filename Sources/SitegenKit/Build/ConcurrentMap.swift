import Foundation

/// Maps an array on all cores and returns the results in the input's order, so output stays
/// deterministic however the work was scheduled.
enum ConcurrentMap {
    static func map<Input: Sendable, Output>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        var results = [Output?](repeating: nil, count: inputs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                slots.buffer[index] = transform(inputs[index])
            }
        }
        return results.map { $0! }
    }
}

/// Each concurrent iteration writes only its own slot, so sharing the buffer is safe.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
