import CCmark

/// Walks below one node with cmark's own iterator, never by recursion, so a document nested
/// 200,000 levels deep cannot overflow the stack.
enum CmarkTreeWalk {
    /// Every node below `node` (not `node` itself), in document order.
    static func descendants(of node: CmarkNode) -> [CmarkNode] {
        var nodes: [CmarkNode] = []
        visit(node) { current, isRoot in if !isRoot { nodes.append(current) } }
        return nodes
    }

    /// Calls `body` with `node` and every node below it, in document order, as each is entered.
    static func visit(_ node: CmarkNode, _ body: (_ node: CmarkNode, _ isRoot: Bool) -> Void) {
        let iterator = cmark_iter_new(node.pointer)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER {
                let current = cmark_iter_get_node(iterator)!
                body(CmarkNode(pointer: current), current == node.pointer)
            }
        }
    }

    /// How many levels nodes nest below `node` (a paragraph holding text is 2 below the document).
    static func depth(of node: CmarkNode) -> Int {
        var depth = 0
        var deepest = 0
        let iterator = cmark_iter_new(node.pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            switch cmark_iter_next(iterator) {
            case CMARK_EVENT_ENTER:
                // A leaf gets one ENTER event and no EXIT.
                if isLeaf(cmark_iter_get_node(iterator)) { deepest = max(deepest, depth) } else { depth += 1; deepest = max(deepest, depth - 1) }
            case CMARK_EVENT_EXIT:
                depth -= 1
            default:
                return deepest
            }
        }
    }

    /// The node types cmark's iterator treats as leaves.
    private static func isLeaf(_ node: OpaquePointer?) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }
}
