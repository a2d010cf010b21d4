import Foundation

extension SiteBuilder {
    /// Hands the site data files (`SiteDataFiles`) to `sink`. When `reuse` holds the files an
    /// earlier build made with the same `key` (see `PageKeys.siteDataKey`), they are kept as that
    /// build left them and nothing is made: at 10,000 pages, making them is most of a one-page rebuild.
    func produceSiteData(_ files: SiteDataFiles, key: UInt64?, reuse: BuildReuse?, sink: FileSink, log: inout DiagnosticLog) {
        if let key, let kept = reuse?.siteData(key: key) {
            for (position, path) in kept.paths.enumerated() {
                do {
                    if let bytes = kept.bytes?[position] { try sink.accept(OutputFile(path: path, data: bytes)) } else { try sink.keep(path) }
                } catch {
                    log.error(writeFailure(error), at: nil)
                }
            }
            return
        }
        var made = CachedSiteData(key: key ?? 0, paths: [], bytes: reuse?.keepsPageBytes == true ? [] : nil)
        // One file at a time, in pieces: at the scale of the pages, each of them is large.
        files.forEachFile { path, pieces in
            made.paths.append(path)
            do {
                if made.bytes != nil {
                    // Kept in memory whole anyway.
                    let data = pieces.reduce(into: Data()) { $0.append($1) }
                    made.bytes?.append(data)
                    try sink.accept(OutputFile(path: path, data: data))
                } else {
                    try sink.acceptPieces(path, pieces)
                }
            } catch {
                log.error(writeFailure(error), at: nil)
            }
        }
        if key != nil, !log.hasErrors { reuse?.remember(made) }
    }
}
