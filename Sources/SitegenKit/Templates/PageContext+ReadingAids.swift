/// What a code page needs beyond its content so readers find their line quickly: the table of
/// contents and the library notes shown with the constants.
extension PageContext {
    /// Second-level body sections that code pages show elsewhere: "Names in libraries" prose is
    /// shown inside the constants section ("In your language").
    static let sectionsShownElsewhereOnCodePages: Set<String> = [libraryNotesSection]
    static let libraryNotesSection = "names-in-libraries"

    /// Second-level headings, each with its third-level headings as `children`.
    func tableOfContents(_ headings: [RenderedHeading]) -> [TemplateObject] {
        var entries: [TemplateObject] = []
        var children: [TemplateObject] = []
        func close() {
            guard !entries.isEmpty, !children.isEmpty else { return }
            entries[entries.count - 1]["children"] = .objects(children)
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry = TemplateObject(["id": .text(heading.id), "text": .text(heading.text), "children": .objects([])])
            if heading.level == 2 {
                close()
                children = []
                entries.append(entry)
            } else if !entries.isEmpty {
                children.append(entry)
            }
        }
        close()
        return entries
    }
}
