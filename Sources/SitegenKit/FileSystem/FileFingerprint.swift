/// What identifies one version of a file without reading it: its size, the times its contents and
/// its metadata last changed (nanoseconds), and its inode. Any write changes the change time, which
/// no tool can set back, so a file whose fingerprint is the same has not been written since.
public struct FileFingerprint: Hashable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// `size:modified:changed:inode`, as the build cache key names the executable.
    var encoded: String { "\(size):\(modified):\(changed):\(inode)" }
}
