import Foundation

/// Folder checks inside one tree (the output directory, or the staging area) that never follow a
/// symbolic link, so nothing sitegen writes or removes can land outside it.
///
/// What it learns about a folder (a real directory, or nothing there) is remembered, so a folder
/// that many pages share is looked at once per build instead of once per page. The lock on the
/// output directory keeps other builds out while the answers are used. Safe to use from several
/// threads.
final class OutputTree: @unchecked Sendable {
    let fileSystem: any FileSystem
    let root: String

    private let lock = NSLock()
    /// `true` for a real directory, `false` for nothing there; links and files are never remembered.
    private var knownFolders: [String: Bool] = [:]
    /// Folders whose every subfolder is in `knownFolders` (`""` is the root).
    private var listedFolders: Set<String> = []
    /// Folders that, with every folder above them, were real directories when looked at: a
    /// rebuild keeps thousands of pages in such folders, each then checked with one look-up.
    private var realDirectoryChains: Set<String> = []

    init(fileSystem: any FileSystem, root: String) {
        self.fileSystem = fileSystem
        self.root = root
    }

    /// The parent directories of `path`, outermost first: `a`, `a/b` for `a/b/index.html`.
    static func parents(of path: String) -> [String] {
        folders(along: parentPath(of: path))
    }

    /// `folder` and the folders above it, outermost first: `a`, `a/b` for `a/b`. `folder` is a
    /// relative path without empty components, as every path of a site is (see `OutputPath`).
    static func folders(along folder: String) -> [String] {
        // Each folder is a prefix of the path, cut at a `/`: no path is built up piece by piece.
        let bytes = folder.utf8
        var result: [String] = []
        var index = bytes.startIndex
        while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "/")) {
            result.append(String(folder[..<slash]))
            index = bytes.index(after: slash)
        }
        if !folder.isEmpty { result.append(folder) }
        return result
    }

    /// What the folder at the relative path `folder` is; `nil` when nothing is there. Its parent
    /// must be a real directory (folders are looked at outermost first).
    private func kind(ofFolder folder: String) -> FileKind? {
        if let isDirectory = lock.withLock({ knownFolders[folder] }) { return isDirectory ? .directory : nil }
        // One listing of the parent answers for all its subfolders: a rebuild that keeps thousands
        // of pages, each in its own folder, lists each parent once instead of looking at every folder.
        let parent = parentPath(of: folder)
        if !lock.withLock({ listedFolders.contains(parent) }), let names = try? fileSystem.subdirectoryNames(of: joinPath(root, parent)) {
            lock.withLock {
                for name in names { knownFolders[joinPath(parent, name)] = true }
                listedFolders.insert(parent)
            }
        }
        if lock.withLock({ knownFolders[folder] }) == true { return .directory }
        // Not a real directory when listed: a link, a file or nothing, which only a look tells apart.
        let kind = fileSystem.kind(of: joinPath(root, folder))
        if kind == .directory || kind == nil { remember(folder, isDirectory: kind == .directory) }
        return kind
    }

    private func remember(_ folder: String, isDirectory: Bool) {
        lock.withLock {
            knownFolders[folder] = isDirectory
            if !isDirectory { realDirectoryChains.removeAll() }
        }
    }

    /// The first of `folders` (outermost first) that is not a real directory, with its position
    /// and what it is (`nil`: nothing there); `nil` when every one is a real directory.
    private func firstNonDirectory(among folders: [String]) -> (index: Int, kind: FileKind?)? {
        for (index, folder) in folders.enumerated() {
            let kind = kind(ofFolder: folder)
            if kind != .directory { return (index, kind) }
        }
        return nil
    }

    /// Why a parent of `path` cannot hold it (a link, a file), or `nil` when each one is a real
    /// directory or does not exist yet.
    func parentProblem(of path: String, display: String) -> String? {
        let folder = parentPath(of: path)
        // Usually the folder's parent is a known chain and the folder was seen in its listing.
        let above = parentPath(of: folder)
        let isKnownChain = lock.withLock {
            realDirectoryChains.contains(folder)
                || (above.isEmpty || realDirectoryChains.contains(above)) && knownFolders[folder] == true
        }
        if isKnownChain || folder.isEmpty { return nil }
        let parents = Self.folders(along: folder)
        guard let stop = firstNonDirectory(among: parents) else {
            lock.withLock { realDirectoryChains.formUnion(parents) }
            return nil
        }
        return Self.problem(with: parents[stop.index], kind: stop.kind, display: display)
    }

    /// Why `folder`, which is of `kind`, cannot hold files of the site; `nil` when it is a real
    /// directory or does not exist yet.
    private static func problem(with folder: String, kind: FileKind?, display: String) -> String? {
        switch kind {
        case nil, .directory: nil
        case .symbolicLink:
            "\(joinPath(display, folder)) is a symbolic link; sitegen never writes through a link in the output directory, so remove it"
        default:
            "\(joinPath(display, folder)) is a file where sitegen needs a directory; remove it"
        }
    }

    func parentsAreRealDirectories(_ path: String) -> Bool {
        firstNonDirectory(among: Self.parents(of: path)) == nil
    }

    /// The parents of `path` that exist, outermost first, when each is a real directory; `nil`
    /// when one is a link or a file.
    func existingParents(of path: String) -> [String]? {
        let parents = Self.parents(of: path)
        guard let stop = firstNonDirectory(among: parents) else { return parents }
        return stop.kind == nil ? Array(parents[..<stop.index]) : nil
    }

    /// The outermost parent of `path` that does not exist, or `nil` when every parent is a real
    /// directory; throws when one is a link or a file.
    func outermostMissingParent(of path: String) throws -> String? {
        let parents = Self.parents(of: path)
        guard let stop = firstNonDirectory(among: parents) else { return nil }
        guard stop.kind == nil else { throw FileSystemError(path: joinPath(root, parents[stop.index]), reason: "is not a directory") }
        return parents[stop.index]
    }

    /// The deepest of `folder` and its parents that is a real directory, where a new folder would
    /// be created ("" for the root).
    func nearestExistingFolder(_ folder: String) -> String {
        let folders = Self.folders(along: folder)
        let end = firstNonDirectory(among: folders)?.index ?? folders.count
        return end == 0 ? "" : folders[end - 1]
    }

    /// Creates the missing parents of `path`. A folder above the file's own that this tree created
    /// or saw is not looked at again; the file's own folder is created without being remembered,
    /// since each page has one of its own (a site may have any number) and a folder that already
    /// exists is no error. `createDirectory` refuses a link or a file in the way.
    func createParents(of path: String) throws {
        let parents = Self.parents(of: path)
        for parent in parents.dropLast() where lock.withLock({ knownFolders[parent] }) != true {
            try fileSystem.createDirectory(joinPath(root, parent))
            remember(parent, isDirectory: true)
        }
        if let folder = parents.last, lock.withLock({ knownFolders[folder] }) != true {
            try fileSystem.createDirectory(joinPath(root, folder))
        }
    }

    /// Removes those of `folders` (each inside the one after it) that are empty, in order.
    func removeEmptyFolders(_ folders: [String]) throws {
        for folder in folders {
            // A folder that is not empty keeps every folder above it from being empty too.
            guard try fileSystem.removeDirectoryIfEmpty(joinPath(root, folder)) else { return }
            remember(folder, isDirectory: false)
        }
    }
}
