import Foundation

/// One file of the preview as the server sends it.
struct ServedFile: Sendable {
    /// The bytes the build produced, used to tell which files a rebuild changed.
    let built: Data
    /// The bytes sent: `built`, with the live-reload script added to HTML pages.
    let body: Data
    /// A fingerprint of `built`; pages send it back when they subscribe to reloads.
    let fingerprint: String
    let contentType: String
    /// For a page, the stylesheets, scripts and images it loads (see `PageResources`).
    let resources: Set<String>
    /// The strong validator sent as `ETag`.
    var etag: String { "\"\(fingerprint)\"" }
}
