/// The URLs sitegen accepts from front matter and settings: `http:`, `https:` and relative ones.
/// Anything else (`javascript:`, `data:`, `file:`) would be published as a live link.
enum SafeURL {
    /// Why `url` may not be published, or `nil` when it may.
    static func problem(with url: String) -> String? {
        if url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains a control character; remove it"
        }
        guard let scheme = scheme(of: url) else { return nil }
        if scheme == "http" || scheme == "https" { return nil }
        return "uses the '\(scheme):' scheme; only http:, https: and relative URLs are allowed"
    }

    /// Whether `url` is an absolute `http:` or `https:` URL with a host.
    static func isAbsoluteWeb(_ url: String) -> Bool {
        guard problem(with: url) == nil, let scheme = scheme(of: url) else { return false }
        let rest = url.dropFirst(scheme.count + 1)
        return rest.hasPrefix("//") && rest.dropFirst(2).first.map { $0 != "/" && $0 != "?" && $0 != "#" } == true
    }

    /// The lower-cased scheme as a browser reads it (letters, digits, `+ - .` before the first `:`,
    /// ignoring leading spaces and embedded tabs or newlines), or `nil` for a relative URL.
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars.drop(while: { $0.value <= 0x20 }) {
            switch scalar {
            case ":": return scheme.isEmpty ? nil : scheme.lowercased()
            case "\t", "\n", "\r": continue
            case "a"..."z", "A"..."Z": scheme.unicodeScalars.append(scalar)
            case "0"..."9", "+", "-", ".": if scheme.isEmpty { return nil } else { scheme.unicodeScalars.append(scalar) }
            default: return nil
            }
        }
        return nil
    }
}
