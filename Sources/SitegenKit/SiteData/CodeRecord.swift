/// One status code as published in `codes.json` and `NNN.json`: the facts of its content file,
/// without the prose body. Every key is always present; unknown values are `null` or empty.
struct CodeRecord: Encodable {
    /// Bumped when a key is renamed or removed or its meaning changes; adding keys keeps it.
    static let schemaVersion = 1

    struct Spec: Encodable {
        var title: String
        var section: String?
        var url: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(section, forKey: .section)
            try container.encode(url, forKey: .url)
        }

        enum CodingKeys: String, CodingKey { case title, section, url }
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

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(title, forKey: .title)
        try container.encode(family, forKey: .family)
        try container.encode(status, forKey: .status)
        try container.encode(origin, forKey: .origin)
        try container.encode(summary, forKey: .summary)
        try container.encode(plain, forKey: .plain)
        try container.encode(spec, forKey: .spec)
        try container.encode(formerTitles, forKey: .formerTitles)
        try container.encode(headers, forKey: .headers)
        try container.encode(related, forKey: .related)
        try container.encode(constants, forKey: .constants)
        try container.encode(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case code, title, family, status, origin, summary, plain, spec, headers, related, constants, url
        case formerTitles = "former_titles"
    }
}
