import ArgumentParser
import SitegenKit

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the HTTP status code reference site from Markdown content and Mustache templates.",
        version: SitegenVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self],
        defaultSubcommand: nil
    )
}
