import Foundation

/// One complete build as the preview serves it. It is immutable and replaced whole, so every
/// request sees a single build and a page reloads only once the site it will fetch is complete.
struct SiteSnapshot: Sendable {
    let files: [String: ServedFile]

    /// Prepares `files`, the site served at `siteURL`, for serving. Files whose bytes equal
    /// those in `previous` are reused as they are, so a rebuild only prepares what changed.
    init(files: [OutputFile], siteURL: String, reusing previous: SiteSnapshot? = nil) {
        var served: [String: ServedFile] = [:]
        served.reserveCapacity(files.count)
        for file in files {
            if let old = previous?.files[file.path], old.built == file.data {
                served[file.path] = old
                continue
            }
            let fingerprint = ContentHash.hex(of: file.data)
            let contentType = ContentType.forPath(file.path)
            let isPage = contentType.hasPrefix("text/html")
            served[file.path] = ServedFile(
                built: file.data,
                body: isPage ? LiveReloadScript.inject(into: file.data, page: file.path, fingerprint: fingerprint) : file.data,
                fingerprint: fingerprint,
                contentType: contentType,
                resources: isPage ? PageResources.referenced(by: file.data, page: file.path, siteURL: siteURL) : [])
        }
        self.files = served
    }

    /// Paths that were added, removed or changed since `previous`.
    func changedPaths(since previous: SiteSnapshot) -> Set<String> {
        var changed = Set<String>()
        for (path, file) in files where previous.files[path]?.fingerprint != file.fingerprint { changed.insert(path) }
        for path in previous.files.keys where files[path] == nil { changed.insert(path) }
        return changed
    }
}

/// FNV-1a, 64 bits: a fast fingerprint for cache validators, not a security measure.
enum ContentHash {
    static func hex(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
