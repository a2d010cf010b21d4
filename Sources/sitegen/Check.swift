import ArgumentParser
import SitegenKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load, render and validate the site without writing anything.",
        version: SitegenVersion.current
    )

    @OptionGroup var options: SiteOptions

    func run() throws {
        let started = ContinuousClock.now
        let result = try Report.run { try SiteBuilder().check(options.buildOptions) }
        Report.printSummary("checked \(result.pageCount) pages", result: result, started: started)
    }
}
