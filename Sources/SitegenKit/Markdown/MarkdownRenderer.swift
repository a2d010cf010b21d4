import Foundation

/// Decides what a link in Markdown points to; implemented by the site graph's `LinkResolver`.
public protocol LinkResolving: Sendable {
    /// Returns the `href` to write for `target`, recording internal links and problems.
    /// `nil` leaves the link as written (external links, relative asset paths).
    func resolve(_ target: String, at location: SourceLocation, links: inout [InternalLink], log: inout DiagnosticLog) -> String?
}

/// Renders a Markdown body with cmark's node API: links are rewritten to the site's relative
/// URLs and recorded, and headings get unique `id`s and self-links.
public struct MarkdownRenderer: Sendable {
    /// How deeply block quotes, lists and emphasis may nest. Far beyond any real page; it keeps
    /// hostile input from producing pages no browser can lay out.
    public static let nestingLimit = 1000

    public var options: MarkdownOptions
    /// Ids the templates use, which heading ids must not repeat.
    public var reservedIDs: Set<String>

    public init(options: MarkdownOptions, reservedIDs: Set<String> = []) {
        self.options = options
        self.reservedIDs = reservedIDs
    }

    public func render(_ markdown: String, file: String, resolver: some LinkResolving, log: inout DiagnosticLog) -> RenderedMarkdown {
        let tree = CmarkTree(markdown: markdown, options: options)
        let depth = CmarkTreeWalk.depth(of: tree.root)
        guard depth <= Self.nestingLimit else {
            log.error("the Markdown nests \(depth) levels deep (block quotes, lists or emphasis inside each other); sitegen allows \(Self.nestingLimit), so flatten it",
                      at: SourceLocation(file: file))
            return RenderedMarkdown(html: "", links: [], hasHTTPExample: false)
        }
        var links: [InternalLink] = []
        var headingNodes: [CmarkNode] = []
        var hasHTTPExample = false

        for node in tree.allNodes() {
            switch node.kind {
            case .link, .image:
                let position = node.startPosition
                let location = SourceLocation(file: file, line: position.line, column: position.column)
                if let url = node.url, let href = resolver.resolve(url, at: location, links: &links, log: &log) {
                    node.url = href
                }
            case .htmlBlock, .htmlInline:
                guard options.rawHTML else { break }
                let position = node.startPosition
                let location = SourceLocation(file: file, line: position.line, column: position.column)
                node.literal = RawHTMLLinks.rewrite(node.literal ?? "") { href in
                    resolver.resolve(href, at: location, links: &links, log: &log)
                }
            case .heading:
                headingNodes.append(node)
            case .codeBlock:
                if node.fenceInfo?.split(separator: " ").first == "http" { hasHTTPExample = true }
            case .paragraph:
                let position = node.startPosition
                for label in UndefinedReferences.labels(in: node) {
                    log.warning("reference link label '\(label)' is not defined, so the brackets are published as text; add '[\(label)]: URL' on a line of its own",
                                at: SourceLocation(file: file, line: position.line, column: position.column))
                }
            default:
                break
            }
        }

        var slugger = HeadingSlugger(reserved: reservedIDs)
        for node in headingNodes {
            let text = node.plainText
            let id = slugger.uniqueSlug(for: text)
            let level = node.headingLevel
            let inner = node.renderInlineHTML(options: options)
            let escapedText = HTMLEscaping.escape(text)
            node.replace(withGeneratedHTML:
                "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to section: \(escapedText)\">#</a></h\(level)>")
        }
        return RenderedMarkdown(html: tree.renderHTML(options: options), links: links, hasHTTPExample: hasHTTPExample)
    }
}
