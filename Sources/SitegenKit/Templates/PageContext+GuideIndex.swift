/// The guides index at `guides/`: every plain page with its summary.
extension PageContext {
    func guideIndex() -> [String: Any] {
        var context = layout(for: .guideIndex, title: "Guides", description: "Guides to the status-code choices people get wrong.")
        context["guides"] = index.sortedPages.map { pageSummary($0, from: .guideIndex) }
        return context
    }
}
