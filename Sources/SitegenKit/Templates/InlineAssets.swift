import Foundation

/// The template assets a page embeds when it cannot link to them: the 404 page is served at any
/// depth, so without `base_url` no relative link to `assets/` would work from it.
struct InlineAssets: Sendable {
    /// Every `assets/*.css` file, in path order.
    var css: String
    /// Every `assets/*.js` file, in path order, safe to place inside `<script>`.
    var js: String

    init(assets: [(path: String, data: Data)]) {
        func joined(_ suffix: String) -> String {
            assets.filter { $0.path.hasSuffix(suffix) }.sorted { $0.path < $1.path }
                .map { String(decoding: $0.data, as: UTF8.self) }.joined(separator: "\n")
        }
        // `</` would end the element early; `<\/` means the same in both CSS strings and JavaScript.
        css = joined(".css").replacingOccurrences(of: "</", with: "<\\/")
        js = joined(".js").replacingOccurrences(of: "</", with: "<\\/")
    }
}
