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

    func run() throws {
        let started = ContinuousClock.now
        let result = try Report.run { try SiteBuilder().build(options.buildOptions) }
        let summary = result.writeSummary ?? .init()
        Report.printSummary(
            "built \(result.pageCount) pages (\(summary.written) files written, \(summary.unchanged) unchanged, \(summary.removed) removed) in \(options.output)",
            result: result, started: started)
    }
}
