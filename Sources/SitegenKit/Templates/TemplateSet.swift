import Foundation
import Mustache

/// The Mustache templates and static assets of a site, loaded from the templates directory so
/// users can edit them without recompiling.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let requiredNames = ["base", "home", "family", "code", "page", "guides", "404"]

    let library: MustacheLibrary
    public let names: Set<String>
    /// Files under `assets/`, relative to the templates directory, with their bytes.
    public let assets: [(path: String, data: Data)]
    /// The literal `id="…"` values in the templates, which heading slugs must not take.
    public let reservedIDs: Set<String>
    /// Each template's text with every template it includes, hashed (see `TemplateKeys`).
    let keys: [String: UInt64]

    /// Loads `directory`; reports missing required templates, templates that do not parse and
    /// partials that name no template, each pointing at the template file.
    public static func load(from directory: String, fileSystem: any FileSystem, log: inout DiagnosticLog) -> TemplateSet? {
        guard fileSystem.isDirectory(directory) else {
            log.error("templates directory '\(directory)' does not exist", at: nil)
            return nil
        }
        _ = SafeHTMLContentType.registered
        let files: [String]
        do {
            files = try fileSystem.files(under: directory)
        } catch {
            log.error("cannot read the templates directory: \(error)", at: nil)
            return nil
        }
        // Read and parsed on all cores; what each file gave is then taken in the listing's order.
        let loaded = ConcurrentMap.map(files) { file in LoadedFile(file, path: joinPath(directory, file), fileSystem: fileSystem) }
        var library = MustacheLibrary()
        var sources: [String: Source] = [:]
        var assets: [(String, Data)] = []
        var reported: Set<String> = []
        let errorsBefore = log.errorCount
        for (file, result) in zip(files, loaded) {
            let path = joinPath(directory, file)
            let name = String(file.dropLast(".mustache".count))
            switch result {
            case .asset(let data):
                assets.append((file, data))
            case .unreadableAsset(let error):
                log.error("cannot read asset '\(file)': \(reason(error)); the site would be published without it", at: SourceLocation(file: path))
            case .template(let template, let source):
                library.register(template, named: name)
                sources[name] = source
            case .notText:
                reported.insert(name)
                log.error("template '\(name)' is not readable UTF-8 text", at: SourceLocation(file: path))
            case .unparsable(let error as MustacheTemplate.ParserError):
                reported.insert(name)
                // The pragma's line comes before the file's first line.
                log.error("template '\(name)' does not parse: \(explain(error.error))",
                          at: SourceLocation(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
            case .unparsable(let error):
                reported.insert(name)
                log.error("template '\(name)' does not parse: \(error)", at: SourceLocation(file: path))
            case .other:
                continue
            }
        }
        // A template that exists but cannot be read or parsed has already been reported.
        for name in requiredNames where sources[name] == nil && !reported.contains(name) {
            log.error("missing template '\(name)': add \(joinPath(directory, name)).mustache", at: nil)
        }
        // swift-mustache renders a partial it does not know as nothing: a typo would silently
        // drop part of every page.
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in source.references where sources[reference.name] == nil {
                log.error("template '\(name)' uses '\(reference.name)', but there is no \(reference.name).mustache",
                          at: SourceLocation(file: source.path, line: reference.line, column: reference.column))
            }
        }
        reportCycles(sources, log: &log)
        guard log.errorCount == errorsBefore else { return nil }
        let ids = sources.values.flatMap { TemplateTags.literalIDs(in: $0.text) }
        return TemplateSet(library: library, names: Set(sources.keys), assets: assets, reservedIDs: Set(ids),
                           keys: TemplateKeys.make(texts: sources.mapValues(\.text), references: sources.mapValues { $0.references.map(\.name) }))
    }

    /// A template's file, its text and the templates it names.
    private struct Source {
        var path: String
        var text: String
        var references: [TemplateTags.Reference]
    }

    /// What one file of the templates directory gave.
    private enum LoadedFile {
        case asset(Data)
        case unreadableAsset(any Error)
        case template(MustacheTemplate, Source)
        case notText
        case unparsable(any Error)
        /// Neither an asset nor a template.
        case other

        init(_ file: String, path: String, fileSystem: any FileSystem) {
            if file.hasPrefix("assets/") {
                do { self = .asset(try fileSystem.contents(of: path)) } catch { self = .unreadableAsset(error) }
                return
            }
            guard file.hasSuffix(".mustache") else {
                self = .other
                return
            }
            guard let data = try? fileSystem.contents(of: path), let text = String(data: data, encoding: .utf8) else {
                self = .notText
                return
            }
            do {
                let template = try MustacheTemplate(string: SafeHTMLContentType.pragma + text)
                self = .template(template, Source(path: path, text: text, references: TemplateTags.partialReferences(in: text)))
            } catch {
                self = .unparsable(error)
            }
        }
    }

    /// A template that includes itself, directly or through others, would recurse until the
    /// stack overflows; each cycle is reported once, at the reference that closes it.
    private static func reportCycles(_ sources: [String: Source], log: inout DiagnosticLog) {
        let references = sources.mapValues(\.references)
        var reported: Set<String> = []
        for start in sources.keys.sorted() {
            // Depth-first search with an explicit stack: (template, path so far).
            var stack: [(String, [String])] = [(start, [start])]
            var visited: Set<String> = []
            while let (name, path) = stack.popLast() {
                for reference in references[name] ?? [] {
                    if reference.name == start {
                        let cycle = (path + [start]).joined(separator: " → ")
                        guard reported.insert(Set(path).sorted().joined(separator: ",")).inserted, let source = sources[name] else { continue }
                        log.error("template '\(name)' includes itself (\(cycle)), which would never finish; remove the inclusion",
                                  at: SourceLocation(file: source.path, line: reference.line, column: reference.column))
                    } else if sources[reference.name] != nil, visited.insert(reference.name).inserted {
                        stack.append((reference.name, path + [reference.name]))
                    }
                }
            }
        }
    }

    /// Renders `values` with the template called `name`.
    func render(_ values: some MustacheParent, template name: String) -> String? {
        library.render(values, withTemplate: name)
    }

    /// swift-mustache's parser errors are enum cases; say what each means.
    private static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than the one it opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "a '{{<parent}}' block may hold only '{{$block}}' overrides"
        default: return "\(error)"
        }
    }
}
