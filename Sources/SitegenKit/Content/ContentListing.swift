/// Which files of the content directory are pages, and which are junk or mistakes.
///
/// Hidden files and editor leftovers (`._303.md` from macOS, `.#303.md`, `303.md~`, `#303.md#`)
/// are skipped. A Markdown file with an upper-case extension (`303.MD`) or a directory named like
/// one (`codes/303.md/`) is reported by name, so the real cause is not buried under errors about
/// the code it should have defined.
struct ContentListing {
    /// Paths relative to the content directory, sorted.
    private(set) var markdownFiles: [String] = []
    private(set) var wrongExtensions: [String] = []
    private(set) var directoriesNamedLikeFiles: [String] = []

    init(fileSystem: any FileSystem, directory: String) throws {
        let tree = try fileSystem.filesAndDirectories(under: directory)
        for path in tree.files where !Self.isJunk(path) {
            if path.hasSuffix(".md") {
                markdownFiles.append(path)
            } else if path.lowercased().hasSuffix(".md") {
                wrongExtensions.append(path)
            }
        }
        directoriesNamedLikeFiles = tree.directories.filter { !Self.isJunk($0) && $0.lowercased().hasSuffix(".md") }
    }

    /// Codes whose file exists but is misnamed, so links to them are not reported as broken too.
    var misnamedCodes: Set<Int> {
        Set((wrongExtensions + directoriesNamedLikeFiles).compactMap(Self.codeNamed(by:)))
    }

    func report(in directory: String, log: inout DiagnosticLog) {
        for path in wrongExtensions {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            log.error("the extension of '\(name)' must be lower-case '.md' for sitegen to read it; rename it to '\(name.dropLast(3)).md'",
                      at: SourceLocation(file: joinPath(directory, path)))
        }
        for path in directoriesNamedLikeFiles {
            log.error("'\(path)' is a directory, but a Markdown file is expected at that name; move its contents out and replace it with the file",
                      at: SourceLocation(file: joinPath(directory, path)))
        }
    }

    /// The code a file name such as `codes/303.md` or `303.MD` stands for.
    static func codeNamed(by path: String) -> Int? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.count == 6, name.lowercased().hasSuffix(".md") else { return nil }
        let stem = name.prefix(3)
        guard stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }

    /// A file named after a code must define that code: `codes/309.md` holding code 303 (or
    /// `404.md` holding 303) is reported at its `code` instead of being published under 303.
    static func fileName(of path: String, matches document: CodeDocument, log: inout DiagnosticLog) -> Bool {
        guard let named = codeNamed(by: path), named != document.code.value else { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        log.error("file \(name) defines code \(document.code.value); rename the file to \(document.code.value).md or correct the code",
                  at: document.code.location)
        return false
    }

    /// Hidden files, macOS resource forks and editor backups and locks.
    static func isJunk(_ path: String) -> Bool {
        path.isPlainASCII ? isJunk(units: path.utf8) : isJunk(units: path)
    }

    /// Read in `Character`s, so `.` joined to a combining mark does not hide a file.
    private static func isJunk<Units: TextUnits>(units: Units) -> Bool {
        units.split { $0.ascii == UInt8(ascii: "/") }.contains { component in
            let first = component.first?.ascii
            let last = component.last?.ascii
            return first == UInt8(ascii: ".") || last == UInt8(ascii: "~") || (first == UInt8(ascii: "#") && last == UInt8(ascii: "#"))
        }
    }
}
