import ArgumentParser
import Foundation
import SitegenKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a page: a status code (sitegen new 420) or a plain page (sitegen new guides/choosing-a-cache-header).",
        discussion: """
            Writes content/codes/420.md with the canonical front matter and section headings, or a plain page with a \
            title. Blanks are marked 'TODO:', which check reports until they are filled in. Never overwrites a file, \
            and refuses a code that another file already defines.
            """,
        version: SitegenVersion.current
    )

    @Argument(help: "A status code (100-599), or a page path such as guides/choosing-a-cache-header.")
    var name: String

    @Option(help: "The content directory.")
    var content = "content"

    func run() throws {
        do {
            let scaffold = try PageScaffold.plan(name, contentDirectory: content)
            try scaffold.write()
            print("sitegen: wrote \(scaffold.path); fill in the TODO: lines, then run sitegen serve or sitegen check --strict")
        } catch let refusal as PageScaffold.Refusal {
            FileHandle.standardError.write(Data("sitegen: error: \(refusal)\n".utf8))
            throw ExitCode.failure
        }
    }
}
