import ArgumentParser
import SitegenKit

/// The directory options that `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content directory.")
    var content = "content"

    @Option(help: "The templates directory.")
    var templates = "templates"

    @Option(help: "The output directory.")
    var output = "site"

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is served from, for canonical links (overrides site.yml).")
    var baseURL: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    var buildOptions: BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output, baseURL: baseURL, strict: strict)
    }
}
