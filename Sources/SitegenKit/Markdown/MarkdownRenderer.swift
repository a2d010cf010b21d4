import Foundation

/// Decides what a link in Markdown points to; implemented by the site graph's `LinkResolver`.
public protocol LinkResolving: Sendable {
    /// Returns the `href` to write for `target`, recording internal links and problems.
    /// `nil` leaves the link as written (external links, relative asset paths).
    func resolve(_ target: String, at location: SourceLocation, links: inout [InternalLink], log: inout DiagnosticLog) -> String?
}

/// Renders a Markdown body with cmark's node API: links are rewritten to the site's relative
/// URLs and recorded, code blocks become named scrolling regions (`http` ones highlighted),
/// raw HTML tables scroll the same way, and headings get stable `id`s and self-links.
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

    /// `liftingSections` names second-level sections (by heading slug) to take out of the body
    /// and return separately in `liftedSections`.
    public func render(_ markdown: String, file: String, resolver: some LinkResolving, liftingSections: Set<String> = [],
                       log: inout DiagnosticLog) -> RenderedMarkdown {
        let tree = CmarkTree(markdown: markdown, options: options)
        let depth = CmarkTreeWalk.depth(of: tree.root)
        guard depth <= Self.nestingLimit else {
            log.error("the Markdown nests \(depth) levels deep (block quotes, lists or emphasis inside each other); sitegen allows \(Self.nestingLimit), so flatten it",
                      at: SourceLocation(file: file))
            return RenderedMarkdown(html: "", links: [], hasHTTPExample: false, headings: [], liftedSections: [:])
        }
        var links: [InternalLink] = []
        var codeBlocks: [CmarkNode] = []
        var hasHTTPExample = false
        var tableCount = 0
        // Only a table's name reads the heading's text, so it is kept as a node until then.
        var lastHeading: CmarkNode?

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
                var html = RawHTMLLinks.rewrite(node.literal ?? "") { href in
                    resolver.resolve(href, at: location, links: &links, log: &log)
                }
                if node.kind == .htmlBlock, html.hasPrefix("<table"), html.contains("</table>") {
                    tableCount += 1
                    let name = "Table \(tableCount)" + (lastHeading.map { ": \($0.plainText)" } ?? "")
                    html = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(name))\">\n"
                        + html + "</div>\n"
                }
                node.literal = html
            case .heading:
                lastHeading = node
            case .codeBlock:
                codeBlocks.append(node)
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
        for (offset, node) in codeBlocks.enumerated() {
            node.replace(withGeneratedHTML: CodeBlockHTML.render(literal: node.literal ?? "", fenceInfo: node.fenceInfo, number: offset + 1))
        }
        let lifted = liftSections(liftingSections, from: tree)
        let headings = addHeadingIDs(tree)
        return RenderedMarkdown(html: tree.renderHTML(options: options), links: links, hasHTTPExample: hasHTTPExample,
                                headings: headings, liftedSections: lifted)
    }

    /// Gives every heading an id (qualified by its parent section when repeated) and a
    /// self-link; an id that earlier builds published differently stays as an empty element.
    private func addHeadingIDs(_ tree: CmarkTree) -> [RenderedHeading] {
        var slugger = HeadingSlugger(reserved: reservedIDs)
        var headings: [RenderedHeading] = []
        var parents: [(level: Int, text: String)] = []
        // The headings are picked before any is replaced: replacing one frees it and moves its
        // children, under a walk that would still be going.
        var headingNodes: [CmarkNode] = []
        CmarkTreeWalk.visit(tree.root) { node, _ in if node.kind == .heading { headingNodes.append(node) } }
        for node in headingNodes {
            let text = node.plainText
            let level = node.headingLevel
            parents.removeAll { $0.level >= level }
            let heading = slugger.id(for: text, parent: parents.last?.text)
            parents.append((level, text))
            headings.append(RenderedHeading(level: level, id: heading.id, text: text))
            let opening = (heading.formerID.map { "<span id=\"\($0)\"></span>" } ?? "") + "<h\(level) id=\"\(heading.id)\">"
            var closing = " <a class=\"anchor\" href=\"#\(heading.id)\" aria-label=\"Link to this section: "
            HTMLEscaping.append(escaping: text[...], to: &closing)
            closing += "\">#</a></h\(level)>"
            node.replace(withGeneratedHTMLBefore: opening, after: closing)
        }
        return headings
    }

    /// Takes each named second-level section (its heading and everything up to the next heading
    /// of level 1 or 2) out of the tree and renders its content on its own.
    private func liftSections(_ slugs: Set<String>, from tree: CmarkTree) -> [String: String] {
        guard !slugs.isEmpty else { return [:] }
        var lifted: [String: String] = [:]
        var node = tree.root.firstChild
        while let current = node {
            node = current.next
            guard current.kind == .heading, current.headingLevel == 2 else { continue }
            let slug = HeadingSlugger.slug(current.plainText)
            guard slugs.contains(slug), lifted[slug] == nil else { continue }
            var section: [CmarkNode] = []
            while let candidate = node, !(candidate.kind == .heading && candidate.headingLevel <= 2) {
                section.append(candidate)
                node = candidate.next
            }
            lifted[slug] = CmarkTree.render(section, options: options)
            current.remove()
        }
        return lifted
    }
}
