import Foundation

/// Resolves the links written in one page's Markdown to the site's relative URLs.
///
/// Understood forms: `307.md`, `../codes/307.md`, `/docs/307.md` (any Markdown link whose file is a
/// content file, or whose file name is a code), `/307`, `/307#fragment`, `/3xx`, `/guides/x`, `/guides`,
/// `/assets/...` and `#fragment`. Other relative paths (`../307/`, `notes`) resolve against the
/// page's own address. Any of these that matches no page and no asset is a broken link. Links
/// with a scheme or a host (`https:`, `mailto:`, `//cdn`) are left as written.
public struct LinkResolver: LinkResolving {
    public let index: SiteIndex
    /// The page being rendered.
    public let page: PageID
    /// The content-relative path of the page's file, for resolving relative `.md` links.
    public let sourcePath: String
    public let severity: Diagnostic.Severity
    /// The folder of `sourcePath` with its slash (`codes/`), worked out once for all the page's links.
    private let sourceDirectory: String

    public init(index: SiteIndex, page: PageID, sourcePath: String, severity: Diagnostic.Severity) {
        self.index = index
        self.page = page
        self.sourcePath = sourcePath
        self.severity = severity
        sourceDirectory = sourcePath.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(sourcePath[...$0]) } ?? ""
    }

    public func resolve(_ target: String, at location: SourceLocation, links: inout [InternalLink], log: inout DiagnosticLog) -> String? {
        if PathPatterns.hasURLScheme(target) || target.hasPrefix("//") { return nil }
        let (path, fragment) = split(target)
        let resolved: PageID?
        if path.isEmpty {
            resolved = page
        } else if path.hasSuffix(".md") {
            let contentPath = contentPath(of: path)
            // A loaded content file is a page of the site, so it needs no further check.
            if let known = index.page(forSourcePath: contentPath) { return link(to: known, fragment: fragment, at: location, links: &links) }
            // A file that failed to load has its own error; its links are not broken on top of it.
            if index.unloadedSourcePaths.contains(contentPath) { return nil }
            resolved = codeNamed(byFileOf: path)
        } else if path.hasPrefix("/") {
            let trimmed = path.trimmingCharacters(in: ["/"])
            if index.assetPaths.contains(trimmed) { return page.url(toFile: trimmed) + (fragment.map { "#\($0)" } ?? "") }
            resolved = routeTarget(trimmed)
        } else {
            // Relative to the page's own address, as a browser reads it.
            guard let sitePath = DotSegments.remove(from: page.directory + path, climb: .refused) else {
                report("broken link '\(target)': it climbs out of the site", at: location, log: &log)
                return nil
            }
            if index.assetPaths.contains(sitePath) { return nil }
            resolved = routeTarget(sitePath)
        }
        guard let resolved, index.exists(resolved) else {
            report("broken link '\(target)': no page of the site matches it", at: location, log: &log)
            return nil
        }
        return link(to: resolved, fragment: fragment, at: location, links: &links)
    }

    /// Records a link to a page that exists and returns its relative URL.
    private func link(to target: PageID, fragment: String?, at location: SourceLocation, links: inout [InternalLink]) -> String {
        links.append(InternalLink(target: target, fragment: fragment, location: location))
        return page.url(to: target, fragment: fragment)
    }

    /// Cuts at the first `#` byte, as a browser does.
    private func split(_ target: String) -> (path: String, fragment: String?) {
        guard let hash = target.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (target, nil) }
        let fragment = String(target[target.utf8.index(after: hash)...])
        return (String(target[..<hash]), fragment.isEmpty ? nil : fragment)
    }

    /// The code page a link to a Markdown file that is not a content file names by its file name (`/docs/307.md`).
    private func codeNamed(byFileOf path: String) -> PageID? {
        let fileName = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        return PathPatterns.codeFileName(fileName).map(PageID.code)
    }

    private func contentPath(of path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : normalizedPath(sourceDirectory + path)
    }

    /// A link written as a site path: `307`, `3xx`, `guides/retry-after`, or empty for home.
    private func routeTarget(_ path: String) -> PageID? {
        let path = path.hasSuffix("/index.html") ? String(path.dropLast("/index.html".count)) : path
        if path.isEmpty || path == "index.html" { return .home }
        if let code = PathPatterns.code(path) { return .code(code) }
        if let digit = PathPatterns.familyDigit(path) { return .family(digit) }
        if path == "404.html" { return .notFound }
        if path + "/" == PageID.guideIndex.directory { return .guideIndex }
        return .page(path)
    }

    private func report(_ message: String, at location: SourceLocation, log: inout DiagnosticLog) {
        severity == .error ? log.error(message, at: location) : log.warning(message, at: location)
    }
}
