import Foundation

/// Reads `site.yml`.
enum SiteConfigReader {
    static let knownKeys: Set<String> = ["title", "description", "base_url", "references", "markdown", "links"]

    static func read(_ source: SourceFile, log: inout DiagnosticLog) -> SiteConfig {
        var config = SiteConfig()
        guard let yaml = YAMLMapping.parse(source.text, in: source, lineOffset: 0, log: &log) else { return config }
        yaml.warnAboutUnknownKeys(known: knownKeys, log: &log)
        if let title = yaml.string("title", log: &log) { config.title = title }
        if let description = yaml.string("description", log: &log) { config.description = description }
        if let baseURL = yaml.string("base_url", log: &log) {
            if let normalized = SiteConfig.normalizedBaseURL(baseURL) {
                config.baseURL = normalized
            } else {
                log.error("'base_url' must be an absolute http: or https: URL such as https://example.org/http/", at: yaml.location(ofKey: "base_url"))
            }
        }
        for entry in yaml.mappings("references", log: &log) {
            guard let key = entry.string("key", log: &log), let label = entry.string("label", log: &log) else {
                log.error("each entry of 'references' needs a 'key' and a 'label'", at: entry.pairs.first.map { entry.location(of: $0.keyNode) })
                continue
            }
            config.referenceLabels.append(.init(key: key, label: label))
        }
        if let markdown = yaml.nested("markdown", log: &log) {
            markdown.warnAboutUnknownKeys(known: ["raw_html", "smart_punctuation"], log: &log)
            config.rawHTML = markdown.bool("raw_html", log: &log) ?? config.rawHTML
            config.smartPunctuation = markdown.bool("smart_punctuation", log: &log) ?? config.smartPunctuation
        }
        if let links = yaml.nested("links", log: &log) {
            links.warnAboutUnknownKeys(known: ["broken"], log: &log)
            switch links.string("broken", log: &log) {
            case nil, "error": config.brokenLinkSeverity = .error
            case "warning": config.brokenLinkSeverity = .warning
            case let other?: log.error("'links.broken' must be 'error' or 'warning', not '\(other)'", at: links.location(ofKey: "broken"))
            }
        }
        return config
    }
}
