import Mustache

/// Makes every `{{value}}` in a template go through `HTMLEscaping.escape`.
///
/// swift-mustache's built-in HTML escaping compares `Character`s, which a combining mark can
/// defeat (see `HTMLEscaping`). Its default content type cannot be replaced, so each template is
/// loaded with a `{{% CONTENT_TYPE: SITEGEN_HTML }}` pragma that selects this one.
struct SafeHTMLContentType: MustacheContentType {
    static let name = "SITEGEN_HTML"
    /// Prepended to every template's source, on a line of its own: Mustache drops that line
    /// whole, and the template's first line stays a line of its own, so a section or comment
    /// there leaves no stray newline. Line numbers in parse errors are one more than the file's.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// Registers the content type once, before the first template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(SafeHTMLContentType(), named: name)
    }()
}
