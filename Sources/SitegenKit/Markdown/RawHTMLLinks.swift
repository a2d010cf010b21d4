/// Finds `href="…"` values in raw HTML written in Markdown (only when raw HTML is on),
/// so that links inside an HTML table are rewritten and checked like Markdown links.
enum RawHTMLLinks {
    static func rewrite(_ html: String, _ transform: (String) -> String?) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "href=\"") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = String(rest[..<end])
            result += transform(HTMLEscaping.unescapeAttribute(value)).map(HTMLEscaping.escape) ?? value
            rest = rest[end...]
        }
        return result + rest
    }
}
