/// A plain page's document in the build cache, written field by field: a rebuild reads every
/// page's document, and through `Codable`'s containers (`CompactReader`) that was most of the
/// time spent loading an unchanged site.
extension PlainDocument {
    func write(to output: CompactOutput) {
        output.string(path)
        output.string(title)
        output.optional(summary, output.string)
        output.optional(checked) { output.string($0.iso) }
        output.string(template)
        output.optional(templateLocation) { $0.write(to: output) }
        output.string(contentDirectory)
        output.unsigned(sourceDigest)
    }

    init(reading input: CompactInput) throws {
        let path = try input.string()
        let title = try input.string()
        let summary = try input.optional(input.string)
        let checked = try input.optional { () throws -> CheckedDate in
            guard let date = CheckedDate(try input.string()) else { throw input.damaged("a date that is not one") }
            return date
        }
        let template = try input.string()
        let templateLocation = try input.optional { try SourceLocation(reading: input) }
        let contentDirectory = try input.string()
        // The source only sets `contentDirectory`, which is then taken as it was stored.
        self.init(path: path, title: title, summary: summary, checked: checked, template: template, templateLocation: templateLocation,
                  source: SourceFile(displayPath: "", relativePath: "", text: ""), sourceDigest: try input.unsigned())
        self.contentDirectory = contentDirectory
    }
}
