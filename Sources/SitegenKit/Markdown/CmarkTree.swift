import CCmark
import Foundation

/// A parsed cmark document that owns its node tree.
///
/// Only this file and `CmarkNode` talk to the C API, so the rest of the pipeline works with Swift types.
final class CmarkTree {
    let root: CmarkNode

    /// Parses `markdown` with source positions on, so every node knows its line.
    init(markdown: String, options: MarkdownOptions) {
        let pointer = markdown.withCString { text in
            cmark_parse_document(text, strlen(text), options.cmarkFlags | CMARK_OPT_SOURCEPOS)
        }
        root = CmarkNode(pointer: pointer!)
    }

    deinit {
        cmark_node_free(root.pointer)
    }

    /// Every node of the tree in document order (each visited once, on entering).
    func allNodes() -> [CmarkNode] {
        var nodes: [CmarkNode] = []
        CmarkTreeWalk.visit(root) { node, _ in nodes.append(node) }
        return nodes
    }

    func renderHTML(options: MarkdownOptions) -> String {
        root.renderHTML(options: options)
    }

    /// Moves `nodes` out of their tree into a document of their own and renders it.
    static func render(_ nodes: [CmarkNode], options: MarkdownOptions) -> String {
        let document = cmark_node_new(CMARK_NODE_DOCUMENT)!
        defer { cmark_node_free(document) }
        for node in nodes { _ = cmark_node_append_child(document, node.pointer) }
        return CmarkNode(pointer: document).renderHTML(options: options)
    }
}

/// The cmark switches sitegen uses.
public struct MarkdownOptions: Sendable {
    /// Pass raw HTML through instead of omitting it.
    public var rawHTML: Bool
    /// Curly quotes and dashes; cmark applies them to prose only, never inside code.
    public var smartPunctuation: Bool

    public init(rawHTML: Bool = false, smartPunctuation: Bool = false) {
        self.rawHTML = rawHTML
        self.smartPunctuation = smartPunctuation
    }

    var cmarkFlags: Int32 {
        var flags = CMARK_OPT_DEFAULT
        if rawHTML { flags |= CMARK_OPT_UNSAFE }
        if smartPunctuation { flags |= CMARK_OPT_SMART }
        return flags
    }
}
