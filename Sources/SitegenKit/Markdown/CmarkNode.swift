import CCmark
import Foundation

/// A thin Swift view of one cmark node. It does not own the node: its tree does.
struct CmarkNode {
    let pointer: OpaquePointer

    enum Kind {
        case heading, link, image, text, code, codeBlock, htmlBlock, htmlInline, softBreak, lineBreak, paragraph, blockQuote, other
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        default: .other
        }
    }

    var isBlock: Bool {
        let type = cmark_node_get_type(pointer).rawValue
        return type >= CMARK_NODE_FIRST_BLOCK.rawValue && type <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { _ = Self.withCString(newValue) { cmark_node_set_literal(pointer, $0) } }
    }

    var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { _ = Self.withCString(newValue) { cmark_node_set_url(pointer, $0) } }
    }

    /// The literal's bytes in cmark's own memory, without a copy; valid until the node changes.
    var literalBytes: UnsafeBufferPointer<UInt8> {
        guard let literal = cmark_node_get_literal(pointer) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
    }

    var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }

    var children: [CmarkNode] {
        Array(sequence(first: firstChild) { $0?.next }.prefix { $0 != nil }.compactMap { $0 })
    }

    /// The line and column where the node starts. Inline nodes carry no position in cmark,
    /// so they report the start of the nearest block that contains them.
    var startPosition: (line: Int, column: Int) {
        var node: CmarkNode? = self
        while let current = node {
            let line = Int(cmark_node_get_start_line(current.pointer))
            if line > 0 { return (line, Int(cmark_node_get_start_column(current.pointer))) }
            node = current.parent
        }
        return (1, 1)
    }

    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The text a reader sees, without markup: text, code spans and line breaks as spaces, and a
    /// space between blocks. Walks with cmark's iterator, so no nesting depth can overflow the stack.
    var plainText: String {
        var result = ""
        CmarkTreeWalk.visit(self) { node, isRoot in
            if !isRoot, node.isBlock, !result.isEmpty { result += " " }
            switch node.kind {
            case .text, .code: result += node.literal ?? ""
            case .softBreak, .lineBreak: result += " "
            default: break
            }
        }
        return result
    }

    func renderHTML(options: MarkdownOptions) -> String {
        guard let html = cmark_render_html(pointer, options.cmarkFlags) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Lends `text` to a cmark setter, which copies it. `withCString` lends a string's own bytes;
    /// passing the string itself as the C argument would first copy it into a new array.
    private static func withCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        guard let text else { return body(nil) }
        return text.withCString(body)
    }

    /// Unlinks this node from its tree and frees it with its children.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Replaces this node with raw output that cmark writes as it is, even in safe mode.
    /// Used for markup that sitegen itself generates (code blocks).
    func replace(withGeneratedHTML html: String) {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        _ = html.withCString { cmark_node_set_on_enter(block, $0) }
        _ = cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }

    /// Replaces this node with a block of its own inline content between raw `before` and
    /// `after`, which cmark writes as they are, even in safe mode (a heading with its generated
    /// id and self-link). The content is rendered with the rest of the tree, in place, as a
    /// custom block holding a custom inline that holds the content.
    func replace(withGeneratedHTMLBefore before: String, after: String) {
        let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        _ = before.withCString { cmark_node_set_on_enter(inline, $0) }
        _ = after.withCString { cmark_node_set_on_exit(inline, $0) }
        // Appending a child moves it, so the first child is always the next one to move.
        while let child = firstChild { _ = cmark_node_append_child(inline, child.pointer) }
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        _ = cmark_node_append_child(block, inline)
        _ = cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }
}
