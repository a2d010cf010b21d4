/// Reads a status code from YAML front matter: the canonical format and the legacy format of the
/// long-running status-code sites (`set`, `layout`, `proposal`, `code_references`), which share one model.
enum FrontMatterCodeReader {
    static let canonicalKeys: Set<String> = [
        "code", "title", "summary", "plain", "status", "origin", "spec",
        "former_titles", "headers", "related", "references", "checked",
    ]
    static let legacyKeys: Set<String> = ["set", "layout", "proposal", "code_references"]

    static func read(_ yaml: YAMLMapping, body: String, source: SourceFile, log: inout DiagnosticLog) -> CodeDocument? {
        yaml.warnAboutUnknownKeys(known: canonicalKeys.union(legacyKeys), log: &log)
        let errorsBefore = log.errorCount

        let code = yaml.isEmpty("code") ? nil : yaml.int("code", log: &log)
        if yaml["code"] == nil {
            log.error("missing required key 'code' (the status code, 100-599)", at: yaml.location(ofKey: "code"))
        } else if yaml.isEmpty("code") {
            log.error("'code' is empty; give the status code, 100-599", at: yaml.location(ofKey: "code"))
        } else if let code, !(100...599).contains(code.value) {
            log.error("code \(code.value) is out of range; status codes run from 100 to 599", at: code.location)
        }
        let title = yaml.string("title", log: &log)
        if title?.isEmpty ?? true {
            log.error("missing required key 'title' (the reason phrase)", at: yaml.location(ofKey: "title"))
        }
        if let set = yaml.int("set", log: &log), let code, set.value != code.value / 100 {
            log.error("'set: \(set.value)' does not match code \(code.value), which belongs to the \(code.value / 100)xx family",
                      at: set.location)
        }
        var status = CodeStatus.registered
        if let raw = yaml.string("status", log: &log) {
            if let parsed = CodeStatus(rawValue: raw) {
                status = parsed
            } else {
                let allowed = CodeStatus.allCases.map(\.rawValue).joined(separator: ", ")
                log.error("unknown status '\(raw)'; use one of \(allowed)", at: yaml.location(of: yaml["status"]!))
            }
        }
        let specs = yaml.mappings("spec", log: &log).compactMap { entry -> SpecLink? in
            guard let title = entry.string("title", log: &log) else {
                log.error("each 'spec' entry needs a 'title'", at: entry.pairs.first.map { entry.location(of: $0.keyNode) })
                return nil
            }
            let url = entry.string("url", log: &log)
            if let url, let problem = SafeURL.problem(with: url) {
                log.error("spec url '\(url)' \(problem)", at: entry.location(ofKey: "url"))
                return nil
            }
            return SpecLink(title: title, section: entry.string("section", log: &log), url: url)
        }
        let related = yaml.list("related", log: &log).compactMap { item -> Located<Int>? in
            guard let number = Int(item.value) else {
                log.error("related code '\(item.value)' is not a number", at: item.location)
                return nil
            }
            return Located(number, at: item.location)
        }
        let references = yaml.stringMap("references", log: &log).map { LanguageReference(key: $0.key, value: $0.value, location: $0.location) }
            + yaml.stringMap("code_references", log: &log).map { LanguageReference(key: $0.key, value: $0.value) }
        let template = (yaml.string("layout", log: &log)).map(templateName) ?? "code"
        let document = CodeDocument(
            code: code ?? Located(0, at: source.start),
            title: title ?? "",
            summary: yaml.string("summary", log: &log),
            plain: yaml.string("plain", log: &log),
            status: status,
            checked: yaml.checkedDate(log: &log),
            origin: yaml.string("origin", log: &log),
            isProposal: yaml.bool("proposal", log: &log) ?? false,
            specs: specs,
            formerTitles: yaml.list("former_titles", log: &log).map(\.value),
            headers: yaml.list("headers", log: &log).map(\.value),
            related: related,
            references: references,
            template: template,
            templateLocation: yaml["layout"].map(yaml.location(of:)),
            source: source,
            body: body
        )
        return log.errorCount == errorsBefore ? document : nil
    }

    /// `code.njk` and `code` both name the template `code`.
    static func templateName(_ layout: String) -> String {
        guard let dot = layout.lastIndex(of: "."), dot != layout.startIndex else { return layout }
        return String(layout[..<dot])
    }
}
