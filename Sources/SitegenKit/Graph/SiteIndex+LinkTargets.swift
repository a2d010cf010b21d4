extension SiteIndex {
    /// Feeds everything `LinkResolver` consults to resolve a link into `hasher`: a rendered body
    /// stays right for as long as this does.
    func combineLinkTargets(into hasher: inout ContentHasher) {
        func combine<Element>(_ elements: [Element], _ each: (Element, inout ContentHasher) -> Void) {
            hasher.combine(elements.count)
            for element in elements { each(element, &hasher) }
        }
        combine(codes.keys.sorted()) { $1.combine($0) }
        combine(unloadedCodes.sorted()) { $1.combine($0) }
        // A plain page's source path is its path with `.md`, so the paths stand for both.
        combine(sortedPages) { $1.combine($0.path) }
        combine(codeAndFamilyPages.sorted { $0.key < $1.key }) { entry, hasher in
            hasher.combine(entry.key)
            hasher.combine(entry.value.outputPath)
        }
        combine(unloadedSourcePaths.sorted()) { $1.combine($0) }
        combine(assetPaths.sorted()) { $1.combine($0) }
    }
}
