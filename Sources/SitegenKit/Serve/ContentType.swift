/// The `Content-Type` the preview server sends for a file of the site.
enum ContentType {
    /// Files pages load while they render (stylesheets, scripts, images, fonts): when one
    /// changes, every open page reloads. Data files (JSON, XML, text) change no page's look.
    static func isPageResource(_ path: String) -> Bool {
        let type = forPath(path)
        return type.hasPrefix("text/css") || type.hasPrefix("text/javascript") || type.hasPrefix("image/") || type.hasPrefix("font/")
    }

    /// By extension; anything unknown is sent as bytes so a browser never guesses and runs it.
    static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "ico": return "image/vnd.microsoft.icon"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
