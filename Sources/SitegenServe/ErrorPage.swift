import Foundation
import SitegenKit

/// The page served while no build has succeeded yet: the diagnostics, escaped, and the
/// live-reload script, so the page replaces itself with the site once the problems are fixed.
enum ErrorPage {
    static func html(diagnostics: [String]) -> Data {
        let list = diagnostics.map(HTMLEscaping.escape).joined(separator: "\n")
        let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>sitegen serve: build failed</title></head>
        <body>
        <h1>The site did not build</h1>
        <p>Fix these problems and this page reloads by itself.</p>
        <pre>\(list)</pre>
        </body>
        </html>

        """
        return LiveReloadScript.inject(into: Data(page.utf8), page: "", fingerprint: "")
    }
}
