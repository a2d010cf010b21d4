/// The guides index at `guides/`: every plain page with its summary.
extension PageContext {
    func guideIndex() -> PageValues {
        var values = layout(for: .guideIndex, title: "Guides", description: "Guides to the status-code choices people get wrong.")
        values.own["guides"] = guideList(from: .guideIndex)
        return values
    }
}
