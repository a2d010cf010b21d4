/// The `id` attributes of a finished HTML page, which are the fragments a link may target:
/// heading slugs, ids in the templates and, when raw HTML is on, ids written in the content.
enum ElementIDs {
    static func scan(_ html: String) -> (ids: Set<String>, duplicates: [String]) {
        var ids = Set<String>()
        var duplicates: [String] = []
        for match in html.matches(of: /\sid="([^"]*)"/) {
            let id = String(match.1)
            if !ids.insert(id).inserted, !duplicates.contains(id) { duplicates.append(id) }
        }
        return (ids, duplicates)
    }
}
