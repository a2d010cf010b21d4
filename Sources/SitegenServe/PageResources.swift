import Foundation
import SitegenKit

/// The stylesheets, scripts and images a page loads (its `src` and `href` values that name such
/// files of the site), so a change to one reloads exactly the pages that use it.
enum PageResources {
    nonisolated(unsafe) private static let attribute = /(?:src|href)="([^"]*)"/

    /// Site paths (`assets/site.css`) referenced by `html`, the page at `page` (`303/index.html`)
    /// of the site served at `siteURL` (`http://127.0.0.1:8000/docs/http/`).
    static func referenced(by html: Data, page: String, siteURL: String) -> Set<String> {
        let basePath = URL(string: siteURL)?.path ?? "/"
        let directory = parentPath(of: page)
        var paths = Set<String>()
        for match in String(decoding: html, as: UTF8.self).matches(of: attribute) {
            let value = match.1.prefix { $0 != "#" && $0 != "?" }
            let fromRoot: Substring
            if value.hasPrefix(siteURL) {
                fromRoot = value.dropFirst(siteURL.count)
            } else if value.hasPrefix("/"), !value.hasPrefix("//") {
                guard value.hasPrefix(basePath) else { continue }
                fromRoot = value.dropFirst(basePath.count)
            } else if value.contains(":") || value.hasPrefix("//") {
                continue
            } else {
                fromRoot = Substring(joinPath(directory, String(value)))
            }
            let path = normalizedPath(String(fromRoot))
            if ContentType.isPageResource(path) { paths.insert(path) }
        }
        return paths
    }
}
