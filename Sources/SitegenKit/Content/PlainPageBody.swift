import Foundation

/// A plain page's Markdown body, read again from its file when the page is rendered:
/// `PlainDocument` does not keep it, so memory does not grow with the number of guides.
public enum PlainPageBody {
    /// The body with the file's line numbering, or `nil` after an error when the file can no
    /// longer be read or no longer holds what was loaded (it was edited during the build).
    public static func read(_ document: PlainDocument, fileSystem: any FileSystem, log: inout DiagnosticLog) -> String? {
        var source = document.source
        guard let data = try? fileSystem.contents(of: source.displayPath), let text = try? TextDecoding.decode(data),
              ContentHash.value(of: text) == document.sourceDigest else {
            log.error("the file changed while sitegen was building; build again", at: source.start)
            return nil
        }
        source.text = text
        // The same split succeeded when the file was loaded, so it reports nothing here.
        var unused = DiagnosticLog()
        return FrontMatter.split(source, log: &unused)?.body
    }
}
