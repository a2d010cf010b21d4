import Testing
import SitegenServe

/// Bursts of file events become one batch, released only once every file is complete.
/// Time is given explicitly, so nothing here depends on how fast the machine is.
@Suite struct ChangeCoalescerTests {
    private let start = ContinuousClock.now
    private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test func aBurstBecomesOneBatchAfterTheQuietPeriod() {
        var coalescer = ChangeCoalescer(quietPeriod: .milliseconds(40), writeTimeout: .seconds(2))
        #expect(coalescer.deadline == nil)
        #expect(coalescer.takeBatch(at: at(0)) == nil)
        // An editor's save: truncate, write twice, close; then a second file.
        coalescer.record(.writing("content/codes/303.md"), at: at(0))
        coalescer.record(.writing("content/codes/303.md"), at: at(2))
        coalescer.record(.settled("content/codes/303.md"), at: at(3))
        coalescer.record(.settled("templates/code.mustache"), at: at(10))
        #expect(coalescer.takeBatch(at: at(49)) == nil)
        #expect(coalescer.deadline == at(50))
        let batch = coalescer.takeBatch(at: at(50))
        #expect(batch == ChangeCoalescer.Batch(paths: ["content/codes/303.md", "templates/code.mustache"], firstEvent: at(0)))
        #expect(coalescer.takeBatch(at: at(1000)) == nil)
        #expect(coalescer.deadline == nil)
    }

    @Test func aFileStillBeingWrittenHoldsTheBatch() {
        var coalescer = ChangeCoalescer(quietPeriod: .milliseconds(40), writeTimeout: .seconds(2))
        coalescer.record(.settled("content/codes/200.md"), at: at(0))
        coalescer.record(.writing("content/codes/303.md"), at: at(5))
        // Long past the quiet period, but 303.md was never closed.
        #expect(coalescer.takeBatch(at: at(500)) == nil)
        coalescer.record(.settled("content/codes/303.md"), at: at(600))
        #expect(coalescer.takeBatch(at: at(639)) == nil)
        #expect(coalescer.takeBatch(at: at(640))?.paths == ["content/codes/200.md", "content/codes/303.md"])
    }

    @Test func aWriterThatNeverFinishesIsGivenUpOn() {
        var coalescer = ChangeCoalescer(quietPeriod: .milliseconds(40), writeTimeout: .seconds(2))
        coalescer.record(.created("content/codes/link.md"), at: at(0))
        #expect(coalescer.takeBatch(at: at(1999)) == nil)
        #expect(coalescer.takeBatch(at: at(2000))?.paths == ["content/codes/link.md"])
    }

    @Test func temporaryFilesCreatedAndRemovedInABatchDoNotCount() {
        var coalescer = ChangeCoalescer()
        // sed -i and many editors: write a temporary file, rename it over the original.
        coalescer.record(.created("content/codes/sedX1"), at: at(0))
        coalescer.record(.settled("content/codes/sedX1"), at: at(1))
        coalescer.record(.removed("content/codes/sedX1"), at: at(2))
        coalescer.record(.settled("content/codes/303.md"), at: at(2))
        coalescer.record(.removed("content/codes/old.md"), at: at(3))
        #expect(coalescer.takeBatch(at: at(1000))?.paths == ["content/codes/303.md", "content/codes/old.md"])
    }
}
