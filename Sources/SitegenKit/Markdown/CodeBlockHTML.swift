/// The HTML sitegen writes for a fenced code block: a scrolling region that keyboard users can
/// focus and screen readers can name, holding `<pre><code class="language-…">`. Blocks tagged
/// `http` are highlighted and labelled "Request" or "Response" from their first line.
enum CodeBlockHTML {
    /// `number` counts the code blocks of the page, so every region's name is unique.
    static func render(literal: String, fenceInfo: String?, number: Int) -> String {
        let language = fenceInfo?.split(separator: " ").first.map(String.init) ?? ""
        // Two blocks on a typical page: the markup is appended to one string sized up front.
        var html = ""
        html.reserveCapacity(2 * literal.utf8.count + 256)
        let isHTTP = language == "http"
        let kind = isHTTP ? HTTPMessageHighlighter.kind(of: literal) : nil
        if isHTTP {
            html += "<figure class=\"example\">"
            if let kind { html += "<figcaption class=\"example-label\">\(kind.rawValue)</figcaption>" }
        }
        html += "<div class=\"code-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""
        html += isHTTP ? "Example \(number)" + (kind.map { ": \($0.rawValue.lowercased())" } ?? "") : "Code example \(number)"
        html += "\"><pre><code"
        if !language.isEmpty {
            html += " class=\"language-"
            HTMLEscaping.append(escaping: language[...], to: &html)
            html += "\""
        }
        html += ">"
        if isHTTP {
            html += HTTPMessageHighlighter.highlight(literal)
            html += "</code></pre></div></figure>\n"
        } else {
            HTMLEscaping.append(escaping: literal[...], to: &html)
            html += "</code></pre></div>\n"
        }
        return html
    }
}
