/// The HTML sitegen writes for a fenced code block: a scrolling region that keyboard users can
/// focus and screen readers can name, holding `<pre><code class="language-…">`. Blocks tagged
/// `http` are highlighted and labelled "Request" or "Response" from their first line.
enum CodeBlockHTML {
    /// `number` counts the code blocks of the page, so every region's name is unique.
    static func render(literal: String, fenceInfo: String?, number: Int) -> String {
        let language = fenceInfo?.split(separator: " ").first.map(String.init) ?? ""
        let languageClass = language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.escape(language))\""
        guard language == "http" else {
            return "<div class=\"code-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Code example \(number)\">"
                + "<pre><code\(languageClass)>\(HTMLEscaping.escape(literal))</code></pre></div>\n"
        }
        let kind = HTTPMessageHighlighter.kind(of: literal)
        let name = kind.map { "Example \(number): \($0.rawValue.lowercased())" } ?? "Example \(number)"
        let caption = kind.map { "<figcaption class=\"example-label\">\($0.rawValue)</figcaption>" } ?? ""
        return "<figure class=\"example\">\(caption)<div class=\"code-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(name)\">"
            + "<pre><code\(languageClass)>\(HTTPMessageHighlighter.highlight(literal))</code></pre></div></figure>\n"
    }
}
