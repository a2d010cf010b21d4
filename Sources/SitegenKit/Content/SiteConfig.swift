import Foundation

/// Site-wide settings from `content/site.yml`.
public struct SiteConfig: Sendable, Encodable {
    /// A library or language whose constant names the code pages list, in display order.
    public struct ReferenceLabel: Sendable, Equatable, Encodable {
        public var key: String
        public var label: String
    }

    public var title: String
    public var description: String
    /// Absolute URL of the deployed site, used for canonical links and the 404 page only.
    public var baseURL: String?
    public var referenceLabels: [ReferenceLabel]
    /// Pass raw HTML in Markdown through; off by default, for trusted content only.
    public var rawHTML: Bool
    /// Curly quotes and dashes in prose (cmark never applies them inside code).
    public var smartPunctuation: Bool
    /// How broken internal links and fragments are reported.
    public var brokenLinkSeverity: Diagnostic.Severity

    public init(
        title: String = "HTTP status codes",
        description: String = "",
        baseURL: String? = nil,
        referenceLabels: [ReferenceLabel] = [],
        rawHTML: Bool = false,
        smartPunctuation: Bool = false,
        brokenLinkSeverity: Diagnostic.Severity = .error
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.referenceLabels = referenceLabels
        self.rawHTML = rawHTML
        self.smartPunctuation = smartPunctuation
        self.brokenLinkSeverity = brokenLinkSeverity
    }

    /// `url` with a trailing slash, or `nil` when it is not an absolute `http:` or `https:` URL with a host.
    /// Used for both `base_url` in `site.yml` and `--base-url`.
    public static func normalizedBaseURL(_ url: String) -> String? {
        guard SafeURL.isAbsoluteWeb(url), let parsed = URL(string: url), parsed.host != nil else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    /// The label shown for a reference key: the configured one, or the key itself.
    public func label(forReferenceKey key: String) -> String {
        referenceLabels.first { $0.key == key }?.label ?? key
    }

    /// Position of a reference key in the configured order; unknown keys sort last.
    func order(ofReferenceKey key: String) -> Int {
        referenceLabels.firstIndex { $0.key == key } ?? referenceLabels.count
    }
}
