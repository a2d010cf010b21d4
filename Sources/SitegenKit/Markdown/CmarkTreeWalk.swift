/// Depth-first traversal below one node, for readers that look inside a section.
enum CmarkTreeWalk {
    static func descendants(of node: CmarkNode) -> [CmarkNode] {
        node.children.flatMap { [$0] + descendants(of: $0) }
    }
}
