import Foundation

/// The parts file of a build, written while the build runs: each part goes to the file as soon as
/// the build makes or keeps it, in pieces of `pieceSize` bytes, so a build does not hold its parts
/// in memory (a megabyte per thousand pages). The file is written beside the one in use (`path`)
/// and installed by `BuildCache.save`; a spool dropped unfinished (a failed build) removes it.
///
/// The payload is a stream of tagged entries (see `ReusableParts.init(reading:)`), ended by a zero
/// tag; the checksum (`CacheFile.Checksum`) is taken piece by piece. Thread-safe.
final class PartsSpool: @unchecked Sendable {
    static let pieceSize = 1 << 18

    enum Tag: UInt64 { case end = 0, document, body, page, siteData }

    private let fileSystem: any FileSystem
    let path: String
    private let lock = NSLock()
    private let output = CompactOutput()
    private var checksum = CacheFile.Checksum()
    /// Set when a write failed: the rest is dropped, and `finish` gives no file.
    private var failed = false
    private var finished = false

    init(fileSystem: any FileSystem, path: String) {
        self.fileSystem = fileSystem
        self.path = path
        do { try fileSystem.write(Data(CacheFile.header(BuildCache.partsKind)), to: path) } catch { failed = true }
        output.bytes.reserveCapacity(Self.pieceSize + (1 << 12))
    }

    deinit {
        if !finished { try? fileSystem.removeFile(path) }
    }

    /// A Markdown file's entry (`CachedDocument.entry`).
    func add(document path: String, fingerprint: FileFingerprint?, entry: ArraySlice<UInt8>) {
        add { output in
            output.unsigned(Tag.document.rawValue)
            output.string(path)
            output.optional(fingerprint) { $0.write(to: output) }
            output.unsigned(UInt64(entry.count))
            output.bytes.append(contentsOf: entry)
        }
    }

    /// A body's entry (`CachedBody.entry`).
    func add(body page: PageID, entry: ArraySlice<UInt8>) {
        add { output in
            output.unsigned(Tag.body.rawValue)
            page.write(to: output)
            output.unsigned(UInt64(entry.count))
            output.bytes.append(contentsOf: entry)
        }
    }

    func add(page: CachedPage) {
        add { output in
            output.unsigned(Tag.page.rawValue)
            page.write(to: output)
        }
    }

    func add(siteData: CachedSiteData) {
        add { output in
            output.unsigned(Tag.siteData.rawValue)
            siteData.write(to: output)
        }
    }

    private func add(_ write: (CompactOutput) -> Void) {
        lock.withLock {
            guard !failed, !finished else { return }
            write(output)
            if output.bytes.count >= Self.pieceSize { flush(all: false) }
        }
    }

    /// Writes what is buffered: whole words only, unless `all` (the checksum takes words).
    private func flush(all: Bool) {
        let count = all ? output.bytes.count : output.bytes.count & ~7
        output.bytes.withUnsafeBytes { checksum.add(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        do { try fileSystem.append(Data(output.bytes[..<count]), to: path) } catch { failed = true }
        output.bytes.removeFirst(count)
    }

    /// Ends the file; its checksum, or `nil` when it could not be written (it is then removed).
    func finish() -> UInt64? {
        lock.withLock {
            guard !failed, !finished else { return nil }
            output.unsigned(Tag.end.rawValue)
            flush(all: true)
            let value = checksum.value
            do { try fileSystem.append(withUnsafeBytes(of: value.littleEndian) { Data($0) }, to: path) } catch { failed = true }
            guard !failed else { return nil }
            finished = true
            return value
        }
    }
}
