/// Maps the raw, percent-encoded path of a request to a file of the in-memory site.
///
/// Only paths that name a file of the site resolve; anything that could climb out of it
/// (`..` in any spelling, an encoded `/` or `\`, a NUL byte) is refused before it is looked up,
/// so the answer never depends on what else exists on the machine.
public struct RequestPathResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// Serve this file; the path is relative to the site root, such as `303/index.html`.
        case file(String)
        /// A directory URL without its slash: send the client to `location`.
        case redirect(location: String)
        /// Not a file of the site: answer with the site's 404 page.
        case notFound
        /// A malformed or hostile path: answer 400.
        case badRequest
    }

    /// The path the site is served under, starting and ending with `/` (`/` or `/docs/http/`).
    public let basePath: String

    public init(basePath: String = "/") {
        self.basePath = basePath
    }

    /// Resolves `rawPath` (as sent, before decoding; without the query) against the files for
    /// which `exists` is true. `query` is kept on redirects.
    public func resolve(_ rawPath: String, query: String = "", exists: (String) -> Bool) -> Resolution {
        guard let segments = Self.decodedSegments(rawPath) else { return .badRequest }
        let baseSegments = basePath.split(separator: "/").map(String.init)
        let querySuffix = query.isEmpty ? "" : "?" + query

        // The base path itself without its slash, such as `/docs/http`.
        if !baseSegments.isEmpty, segments == baseSegments {
            return .redirect(location: rawPath + "/" + querySuffix)
        }
        guard segments.count >= baseSegments.count, Array(segments.prefix(baseSegments.count)) == baseSegments else {
            return .notFound
        }
        let inside = segments.dropFirst(baseSegments.count)
        // An empty segment is only allowed last (the slash of a directory URL): `//x` or `/a//b` name nothing.
        if inside.dropLast().contains("") { return .notFound }

        let relative = inside.joined(separator: "/")
        if relative.isEmpty || relative.hasSuffix("/") {
            let index = relative + "index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if exists(relative) { return .file(relative) }
        if exists(relative + "/index.html") { return .redirect(location: rawPath + "/" + querySuffix) }
        return .notFound
    }

    /// Splits an absolute request path into decoded segments; `nil` when it must be refused.
    /// The path `/a/b/` gives `["a", "b", ""]`, so a trailing slash stays visible.
    static func decodedSegments(_ rawPath: String) -> [String]? {
        guard rawPath.utf8.first == UInt8(ascii: "/") else { return nil }
        var segments: [String] = []
        for rawSegment in rawPath.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard let bytes = percentDecoded(rawSegment),
                  let segment = String(validating: bytes, as: UTF8.self),
                  segment != ".", segment != "..",
                  !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") })
            else { return nil }
            segments.append(segment)
        }
        return segments
    }

    /// Decodes `%XX` escapes; `nil` for a malformed escape.
    private static func percentDecoded(_ raw: some Collection<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var iterator = raw.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                result.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            result.append(high << 4 | low)
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
