/// One status code as published in `codes.json` and `NNN.json`: the facts of its content file,
/// without the prose body. Every key is always present; unknown values are `null` or empty.
struct CodeRecord {
    /// Bumped when a key is renamed or removed or its meaning changes; adding keys keeps it.
    static let schemaVersion = 1

    struct Spec {
        var title: String
        var section: String?
        var url: String?
    }

    var code: Int
    var title: String
    var family: String
    var status: String
    var origin: String?
    var summary: String?
    var plain: String?
    var spec: [Spec]
    var formerTitles: [String]
    var headers: [String]
    var related: [Int]
    var constants: [String: String]
    var url: String

    init(_ document: CodeDocument, related: [Int], url: String) {
        code = document.code.value
        title = document.title
        family = "\(document.family)xx"
        status = document.status.rawValue
        origin = document.origin
        summary = document.summary
        plain = document.plain
        spec = document.specs.map { Spec(title: $0.title, section: $0.section, url: $0.url) }
        formerTitles = document.formerTitles
        headers = document.headers
        self.related = related
        constants = Dictionary(document.references.map { ($0.key, $0.value) }) { first, _ in first }
        self.url = url
    }

    /// The record as JSON, with `extra` members beside its own (`NNN.json` adds `version`).
    func json(adding extra: [(key: String, value: PrettyJSON)] = []) -> PrettyJSON {
        .object([
            ("code", .number(code)),
            ("title", .string(title)),
            ("family", .string(family)),
            ("status", .string(status)),
            ("origin", .optional(origin)),
            ("summary", .optional(summary)),
            ("plain", .optional(plain)),
            ("spec", .array(spec.map { .object([("title", .string($0.title)), ("section", .optional($0.section)), ("url", .optional($0.url))]) })),
            ("former_titles", .array(formerTitles.map(PrettyJSON.string))),
            ("headers", .array(headers.map(PrettyJSON.string))),
            ("related", .array(related.map(PrettyJSON.number))),
            ("constants", .object(constants.map { ($0.key, .string($0.value)) })),
            ("url", .string(url)),
        ] + extra)
    }
}
