/// Identifies one output page; its route decides where the page is written and how others link to it.
public enum PageID: Hashable, Sendable, Comparable {
    case home
    /// A family index, by its digit: `.family(3)` is 3xx.
    case family(Int)
    case code(Int)
    /// A plain page by its content path without extension, for example `guides/retry-after`.
    case page(String)
    /// The list of every plain page (the guides), at `guides/`.
    case guideIndex
    case notFound

    /// The status code of a code page; `nil` for every other page.
    public var codeValue: Int? {
        if case .code(let code) = self { return code }
        return nil
    }

    /// The directory the page lives in, relative to the site root: `""`, `"3xx/"`, `"303/"`.
    public var directory: String {
        switch self {
        case .home, .notFound: ""
        case .family(let digit): "\(digit)xx/"
        case .code(let code): "\(code)/"
        case .page(let path): path + "/"
        case .guideIndex: "guides/"
        }
    }

    /// The file written for the page, relative to the site root.
    public var outputPath: String {
        self == .notFound ? "404.html" : directory + "index.html"
    }

    /// The relative URL from this page to `target`, for example `../307/` from 303.
    public func url(to target: PageID, fragment: String? = nil) -> String {
        if target == self, let fragment { return "#" + fragment }
        // Every link of every page comes here: the URL is built in one string.
        var url = RelativePath.from(directory: directory, to: target.directory, reserving: 1 + (fragment?.utf8.count ?? 0))
        if url.isEmpty { url = "./" }
        if let fragment {
            url += "#"
            url += fragment
        }
        return url
    }

    /// The relative URL from this page to a file of the site, such as `assets/site.css`.
    public func url(toFile path: String) -> String {
        RelativePath.from(directory: directory, to: path)
    }
}

/// Relative paths between locations inside the output directory.
enum RelativePath {
    /// The path from `directory` (ending in `/`, or empty for the root) to `target`.
    /// `reserving` is room for what the caller appends, so the string is allocated once.
    static func from(directory: String, to target: String, reserving extra: Int = 0) -> String {
        let depth = depth(of: directory)
        var path = ""
        path.reserveCapacity(3 * depth + target.utf8.count + extra)
        for _ in 0..<depth { path += "../" }
        path += target
        return path
    }

    /// How many folders deep `directory` is: its non-empty components, counted on bytes.
    private static func depth(of directory: String) -> Int {
        var depth = 0
        var previous = UInt8(ascii: "/")
        for byte in directory.utf8 {
            if previous == UInt8(ascii: "/"), byte != UInt8(ascii: "/") { depth += 1 }
            previous = byte
        }
        return depth
    }
}
