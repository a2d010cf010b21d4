import Foundation

/// `sitegen new`: the starting file for a status code (`420`) or a plain page
/// (`guides/choosing-a-cache-header`), never overwriting anything.
public struct PageScaffold: Sendable {
    /// The file to create, relative to the working directory, and its text.
    public var path: String
    public var text: String

    /// Why a scaffold was refused.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Plans the file for `name` in `contentDirectory`. Refuses a name that is neither a code nor
    /// a page path, a file that exists, and a code that another content file already defines.
    public static func plan(_ name: String, contentDirectory: String, fileSystem: any FileSystem = DiskFileSystem()) throws(Refusal) -> PageScaffold {
        guard fileSystem.isDirectory(contentDirectory) else {
            throw Refusal(description: "content directory '\(contentDirectory)' does not exist; run sitegen new from the project directory or pass --content")
        }
        var log = DiagnosticLog()
        let content = ContentLoader(fileSystem: fileSystem).load(from: contentDirectory, log: &log)
        let scaffold: PageScaffold
        if name.allSatisfy(\.isNumber) {
            guard let code = Int(name), (100...599).contains(code), name.count == 3 else {
                throw Refusal(description: "'\(name)' is not a status code; codes run from 100 to 599")
            }
            if let existing = content?.codes.first(where: { $0.code.value == code }) {
                throw Refusal(description: "code \(code) is already defined in \(existing.source.displayPath)")
            }
            let keys = content?.config.referenceLabels.map(\.key) ?? []
            scaffold = PageScaffold(path: joinPath(contentDirectory, "codes/\(code).md"), text: codeText(code, referenceKeys: keys))
        } else {
            let segments = name.split(separator: "/", omittingEmptySubsequences: false)
            guard segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } }) else {
                throw Refusal(description: "'\(name)' is neither a status code nor a page path such as guides/choosing-a-cache-header "
                    + "(lowercase letters, digits and hyphens, separated by '/')")
            }
            guard segments.first != "codes", segments.first != "families" else {
                throw Refusal(description: "'\(name)' is inside \(segments[0])/; write 'sitegen new 420' for a code page")
            }
            let linkToCode = String(repeating: "../", count: segments.count - 1) + "codes/303.md"
            scaffold = PageScaffold(path: joinPath(contentDirectory, name + ".md"),
                                    text: pageText(title: title(fromSlug: segments.last!), linkToCode: linkToCode))
        }
        guard !fileSystem.isFile(scaffold.path), !fileSystem.isDirectory(scaffold.path) else {
            throw Refusal(description: "\(scaffold.path) already exists; sitegen new never overwrites a file")
        }
        return scaffold
    }

    /// Writes the file, creating its directory.
    public func write(fileSystem: any FileSystem = DiskFileSystem()) throws {
        try fileSystem.write(Data(text.utf8), to: path)
    }

    static func title(fromSlug slug: Substring) -> String {
        let words = slug.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func pageText(title: String, linkToCode: String) -> String {
        """
        ---
        title: "\(title)"
        summary: "\(Placeholders.marker) one sentence for the page list and search engines."
        ---
        \(Placeholders.marker) the page. Link to codes as Markdown files, such as `\(linkToCode)`.

        """
    }

    static func codeText(_ code: Int, referenceKeys: [String]) -> String {
        let registered = RegisteredStatusCodes.all[code]
        let title = registered?.title ?? "\(Placeholders.marker) the reason phrase"
        let status = registered?.status ?? .unofficial
        let todo = Placeholders.marker
        var lines = [
            "---",
            "code: \(code)",
            "title: \"\(title)\"",
            "summary: \"\(todo) one sentence on why this code exists.\"",
            "plain: \"\(todo) the same, said for someone who is not an HTTP specialist.\"",
            "status: \(status.rawValue)",
        ]
        if status == .unofficial { lines.append("origin: \"\(todo) who sends it (a server, a CDN, a framework)\"") }
        lines += [
            "spec: []             # {title: RFC 9110, section: \"15.4.4\", url: \"https://...\"}, the current definition first",
            "former_titles: []",
            "headers: []          # header fields commonly sent with it",
            "related: []          # codes to compare it with, such as [\(code == 429 ? 503 : 429), 503]",
            "references: {}       # constants, keyed as in site.yml" + (referenceKeys.isEmpty ? "" : ": " + referenceKeys.joined(separator: ", ")),
            "---",
            "## Description", "", "\(todo) what \(code) means and when it is used.", "",
            "## Server perspective", "",
            "### Usage", "", "\(todo) when a server should send it.", "",
            "### Implementation", "", "\(todo) the headers and details to get right.", "",
            "### Body", "", "\(todo) what the response body should contain.", "",
            "### Pitfalls", "", "\(todo) what goes wrong on the server side.", "",
            "## Client perspective", "",
            "### Pitfalls", "", "\(todo) how a client should handle it.", "",
            "## Examples", "",
            "### \(todo) name the example", "",
            "```http", "HTTP/1.1 \(code) \(registered?.title ?? "Reason Phrase")", "```", "",
        ]
        return lines.joined(separator: "\n")
    }
}
