import Foundation

/// The parts file of a build, being written on another thread (see `BuildCache.startSaving`).
final class PendingParts: @unchecked Sendable {
    private let fileSystem: any FileSystem
    /// Where the file is written before it is installed.
    private let path: String
    private let group = DispatchGroup()
    private var checksum: UInt64?

    init(fileSystem: any FileSystem, path: String, parts: ReusableParts) {
        self.fileSystem = fileSystem
        self.path = path
        DispatchQueue.global().async(group: group) { [self] in
            let file = CacheFile.Writer(kind: BuildCache.partsKind)
            parts.write(to: file)
            let (data, checksum) = file.finish()
            do {
                try fileSystem.write(data, to: path)
                self.checksum = checksum
            } catch {
                try? fileSystem.removeFile(path)
            }
        }
    }

    /// Waits for the file and moves it to `destination`; its checksum, or `nil` when it could not be written.
    func finish(installingAt destination: String) -> UInt64? {
        group.wait()
        guard let checksum else { return nil }
        do {
            try fileSystem.move(path, to: destination)
            return checksum
        } catch {
            return nil
        }
    }

    /// Waits for the file and removes it, if it is still there.
    func discard() {
        group.wait()
        if fileSystem.kind(of: path) != nil { try? fileSystem.removeFile(path) }
    }
}
