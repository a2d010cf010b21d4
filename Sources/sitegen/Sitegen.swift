import ArgumentParser
import Dispatch
import SitegenKit

struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the HTTP status code reference site from Markdown content and Mustache templates.",
        version: SitegenVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self],
        defaultSubcommand: nil
    )
}

/// The program's entry point. Only `serve` is asynchronous; every other command runs on the main
/// thread as a plain function call. An `async` main would hand the command to another thread
/// at the start and hand the exit to a third at the end: on a loaded machine, waiting for those
/// threads is a noticeable part of a short build such as the real site's.
@main
enum Entry {
    static func main() {
        let command: any ParsableCommand
        do {
            command = try Sitegen.parseAsRoot()
        } catch {
            Sitegen.exit(withError: error)
        }
        guard let asynchronous = command as? any AsyncParsableCommand else {
            var synchronous = command
            do { try synchronous.run() } catch { Sitegen.exit(withError: error) }
            return
        }
        // Off the main actor, as the library's own asynchronous entry point runs it.
        Task.detached {
            var command = asynchronous
            do { try await command.run() } catch { Sitegen.exit(withError: error) }
            Sitegen.exit()
        }
        dispatchMain()
    }
}
