extension SiteIndex {
    /// Everything `LinkResolver` consults to resolve a link, as one comparable list: a rendered
    /// body stays right for as long as this does.
    var linkTargets: [String] {
        codes.keys.sorted().map { "code \($0)" } + unloadedCodes.sorted().map { "unloaded \($0)" }
            + pagesByPath.keys.sorted().map { "page \($0)" }
            + pageBySourcePath.map { "source \($0.key) \($0.value)" }.sorted()
            + unloadedSourcePaths.sorted().map { "unloaded source \($0)" }
            + assetPaths.sorted().map { "asset \($0)" }
    }
}
