import ArgumentParser
import Foundation
import SitegenKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output directory.",
        discussion: "Nothing is written when there are errors. Only files that sitegen wrote are ever removed.",
        version: SitegenVersion.current
    )

    @OptionGroup var options: SiteOptions

    @Flag(name: .customLong("no-cache"), help: "Neither use nor update the build cache in .sitegen-cache/.")
    var noCache = false

    func run() throws {
        let started = ContinuousClock.now
        var buildOptions = options.buildOptions
        buildOptions.useCache = !noCache
        let result = try Report.run { try SiteBuilder().build(buildOptions) }
        let summary = result.writeSummary ?? .init()
        let verb = result.fromCache ? "up to date:" : "built"
        Report.printSummary(
            "\(verb) \(result.pageCount) pages (\(summary.written) files written, \(summary.unchanged) unchanged, \(summary.removed) removed) in \(options.output)",
            result: result, started: started)
    }
}
