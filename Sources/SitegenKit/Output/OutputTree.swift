/// Directory checks inside the output directory that never follow a symbolic link, so nothing
/// sitegen writes or removes can land outside it.
struct OutputTree {
    let fileSystem: any FileSystem
    let root: String

    /// The parent directories of `path`, outermost first: `a`, `a/b` for `a/b/index.html`.
    static func parents(of path: String) -> [String] {
        var result: [String] = []
        var current = ""
        for component in path.split(separator: "/").dropLast() {
            current = current.isEmpty ? String(component) : current + "/" + component
            result.append(current)
        }
        return result
    }

    /// Why a parent of `path` cannot hold it (a link, a file), or `nil` when each one is a real
    /// directory or does not exist yet.
    func parentProblem(of path: String, display: String) -> String? {
        for parent in Self.parents(of: path) {
            let kind = fileSystem.kind(of: joinPath(root, parent))
            if kind == nil { return nil }
            if let problem = Self.problem(with: parent, kind: kind, display: display) { return problem }
        }
        return nil
    }

    /// Why `folder`, which is of `kind`, cannot hold files of the site; `nil` when it is a real
    /// directory or does not exist yet.
    static func problem(with folder: String, kind: FileKind?, display: String) -> String? {
        switch kind {
        case nil, .directory: nil
        case .symbolicLink:
            "\(joinPath(display, folder)) is a symbolic link; sitegen never writes through a link in the output directory, so remove it"
        default:
            "\(joinPath(display, folder)) is a file where sitegen needs a directory; remove it"
        }
    }

    func parentsAreRealDirectories(_ path: String) -> Bool {
        Self.parents(of: path).allSatisfy { fileSystem.kind(of: joinPath(root, $0)) == .directory }
    }

    /// Creates the missing parents of `path`, refusing any that is a link or a file.
    func createParents(of path: String) throws {
        for parent in Self.parents(of: path) {
            let full = joinPath(root, parent)
            switch fileSystem.kind(of: full) {
            case .directory: continue
            case nil: try fileSystem.createDirectory(full)
            default: throw FileSystemError(path: full, reason: "is not a directory")
            }
        }
    }

    func removeEmptyParents(of path: String) throws {
        for parent in Self.parents(of: path).reversed() {
            try fileSystem.removeDirectoryIfEmpty(joinPath(root, parent))
        }
    }
}
