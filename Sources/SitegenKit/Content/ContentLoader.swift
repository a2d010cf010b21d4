import Foundation

/// Loads the content directory: `site.yml`, code files in any of the three shapes, family
/// introductions and plain pages. Problems are collected, never thrown one at a time.
public struct ContentLoader: Sendable {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// One loaded Markdown file.
    enum Document {
        case code(CodeDocument)
        case family(FamilyDocument)
        case page(PlainDocument)
    }

    public func load(from directory: String, log: inout DiagnosticLog) -> SiteContent? {
        load(from: directory, log: &log, reuse: nil)
    }

    /// Files `reuse` knows unchanged are not parsed again.
    func load(from directory: String, log: inout DiagnosticLog, reuse: BuildReuse?) -> SiteContent? {
        guard fileSystem.isDirectory(directory) else {
            log.error("content directory '\(directory)' does not exist", at: nil)
            return nil
        }
        let configPath = joinPath(directory, "site.yml")
        var config = SiteConfig()
        if fileSystem.isDirectory(configPath) {
            log.error("site.yml is a directory, not a file; remove it or replace it with the site settings", at: SourceLocation(file: configPath))
        } else if fileSystem.isFile(configPath), let source = readSource(configPath, relativePath: "site.yml", log: &log) {
            config = SiteConfigReader.read(source, log: &log)
        }

        let listing: ContentListing
        do {
            listing = try ContentListing(fileSystem: fileSystem, directory: directory)
        } catch {
            log.error("cannot read the content directory: \(error)", at: nil)
            return nil
        }
        listing.report(in: directory, log: &log)
        let paths = listing.markdownFiles
        var content = SiteContent(config: config, codes: [], families: [], pages: [])
        content.pages.reserveCapacity(paths.count)
        content.unloadedCodes.formUnion(listing.misnamedCodes)
        var families: [Int: FamilyDocument] = [:]
        // A batch at a time, so that the documents are held once, in `content`, and not also in a
        // list of every file's result: a site may have any number of pages.
        for start in stride(from: 0, to: paths.count, by: Self.batchSize) {
            let batch = Array(paths[start..<min(start + Self.batchSize, paths.count)])
            let results = ConcurrentMap.map(batch) { relativePath in
                loadFile(relativePath, in: directory, reuse: reuse)
            }
            for (path, (document, fileLog)) in zip(batch, results) {
                log.append(contentsOf: fileLog)
                if document == nil {
                    content.unloadedSourcePaths.insert(path)
                    if let code = ContentListing.codeNamed(by: path) { content.unloadedCodes.insert(code) }
                }
                switch document {
                case .code(let code): content.codes.append(code)
                case .family(let family): families[family.digit] = family
                case .page(var page):
                    // One string for every page instead of a copy each.
                    page.contentDirectory = directory
                    content.pages.append(page)
                case nil: break
                }
            }
        }
        content.families = (1...5).map { families[$0] ?? .builtIn(digit: $0) }
        warnAboutUndeclaredReferenceKeys(content, log: &log)
        if config.smartPunctuation { content.applySmartPunctuation() }
        return content
    }

    /// How many files are loaded together, on all cores.
    private static let batchSize = 2048

    /// One Markdown file, or what `reuse` kept of it when the file is unchanged (by fingerprint,
    /// without reading it, or by its bytes' hash).
    private func loadFile(_ relativePath: String, in directory: String, reuse: BuildReuse?) -> (Document?, DiagnosticLog) {
        let path = joinPath(directory, relativePath)
        let fingerprint = reuse.flatMap { $0.inputFingerprint(of: path) ?? fileSystem.fingerprint(of: path) }
        if let cached = reuse?.document(at: path, fingerprint: fingerprint) { return cached }
        let data = try? fileSystem.contents(of: path)
        let contentHash = data.map(ContentHash.value(of:))
        if let contentHash, let cached = reuse?.document(at: path, contentHash: contentHash, fingerprint: fingerprint) { return cached }
        let (document, fileLog) = readDocument(relativePath, at: path, data: data, contentHash: contentHash)
        if let contentHash {
            reuse?.remember(document, log: fileLog, at: path, fingerprint: fingerprint, contentHash: contentHash)
        }
        return (document, fileLog)
    }

    /// Reads and parses one Markdown file; `data` is its bytes when already read, and
    /// `contentHash` their `ContentHash.value`.
    private func readDocument(_ relativePath: String, at path: String, data: Data?, contentHash: UInt64?) -> (Document?, DiagnosticLog) {
        var fileLog = DiagnosticLog()
        let source = readSource(path, relativePath: relativePath, data: data, log: &fileLog)
        if let source { Placeholders.report(in: source, log: &fileLog) }
        // Decoding only drops bytes (a byte-order mark, carriage returns): the same count means the
        // text is the bytes, whose hash is known.
        let textHash = source?.text.utf8.count == data?.count ? contentHash : nil
        var document = source.flatMap { read($0, textHash: textHash, log: &fileLog) }?.withoutSourceText()
        if case .code(let code)? = document, !ContentListing.fileName(of: relativePath, matches: code, log: &fileLog) { document = nil }
        return (document, fileLog)
    }

    /// A `references` key that `site.yml` does not declare is most likely a typo (`pyhton`).
    private func warnAboutUndeclaredReferenceKeys(_ content: SiteContent, log: inout DiagnosticLog) {
        let declared = content.config.referenceLabels.map(\.key)
        guard !declared.isEmpty else { return }
        for code in content.codes {
            for reference in code.references where !declared.contains(reference.key) {
                guard let location = reference.location else { continue }
                log.warning("reference key '\(reference.key)' is not declared in site.yml (declared: \(declared.joined(separator: ", "))); correct it or add it to 'references' there", at: location)
            }
        }
    }

    /// Decodes `data`, or the file at `path` when there is none (so a read error is reported).
    private func readSource(_ path: String, relativePath: String, data: Data? = nil, log: inout DiagnosticLog) -> SourceFile? {
        let start = SourceLocation(file: path)
        do {
            let text = try TextDecoding.decode(try data ?? fileSystem.contents(of: path))
            return SourceFile(displayPath: path, relativePath: relativePath, text: text)
        } catch let TextDecoding.Failure.notUTF8(line, column) {
            log.error("file is not valid UTF-8 text; save it with UTF-8 encoding",
                      at: SourceLocation(file: path, line: line, column: column))
        } catch let TextDecoding.Failure.nulByte(line, column) {
            log.error("file contains a NUL byte (U+0000), which is not text; remove it",
                      at: SourceLocation(file: path, line: line, column: column))
        } catch let TextDecoding.Failure.carriageReturnLineEnds(line, column) {
            log.error("file ends its lines with a lone carriage return (old Mac style); save it with LF (or CRLF) line ends",
                      at: SourceLocation(file: path, line: line, column: column))
        } catch {
            log.error("cannot read file: \(reason(error))", at: start)
        }
        return nil
    }

    /// Picks the reader for a file from where it is and how it starts. `textHash` is the text's
    /// `ContentHash.value` when already known.
    private func read(_ source: SourceFile, textHash: UInt64?, log: inout DiagnosticLog) -> Document? {
        if source.text.allSatisfy(\.isWhitespace) {
            log.error("file is empty; a page needs front matter with at least a 'title'", at: source.start)
            return nil
        }
        let isCodeFile = source.relativePath.hasPrefix("codes/")
        if let digit = familyDigit(of: source.relativePath) {
            return readFamily(digit: digit, source: source, log: &log).map(Document.family)
        }
        if !source.text.hasPrefix("---"), HeadingDocumentReader.matches(source.text) {
            return HeadingDocumentReader.read(source, log: &log).map(Document.code)
        }
        guard let split = FrontMatter.split(source, log: &log) else { return nil }
        guard let yamlText = split.yaml else {
            let expected = "expected YAML front matter ('---' on the first line)"
            log.error(isCodeFile ? "\(expected) or a heading such as '# 303 See Other'" : expected, at: source.start)
            return nil
        }
        guard let yaml = YAMLMapping.parse(yamlText, in: source, lineOffset: split.yamlLineOffset, log: &log) else { return nil }
        if isCodeFile || yaml["code"] != nil || yaml["set"] != nil {
            return FrontMatterCodeReader.read(yaml, body: split.body, source: source, log: &log).map(Document.code)
        }
        return readPlainPage(yaml, source: source, textHash: textHash, log: &log).map(Document.page)
    }

    private func familyDigit(of relativePath: String) -> Int? {
        guard relativePath.hasPrefix("families/"), relativePath.hasSuffix(".md") else { return nil }
        return PathPatterns.familyDigit(relativePath.dropFirst("families/".count).dropLast(".md".count))
    }

    private func readFamily(digit: Int, source: SourceFile, log: inout DiagnosticLog) -> FamilyDocument? {
        guard let split = FrontMatter.split(source, log: &log) else { return nil }
        var family = FamilyDocument.builtIn(digit: digit)
        family.source = source
        family.body = split.body
        if let yamlText = split.yaml,
           let yaml = YAMLMapping.parse(yamlText, in: source, lineOffset: split.yamlLineOffset, log: &log) {
            yaml.warnAboutUnknownKeys(known: ["title", "summary", "checked"], log: &log)
            family.title = yaml.string("title", log: &log) ?? family.title
            family.summary = yaml.string("summary", log: &log)
            family.checked = yaml.checkedDate(log: &log)
        }
        return family
    }

    private func readPlainPage(_ yaml: YAMLMapping, source: SourceFile, textHash: UInt64?, log: inout DiagnosticLog) -> PlainDocument? {
        yaml.warnAboutUnknownKeys(known: ["title", "summary", "layout", "checked"], log: &log)
        guard let title = yaml.string("title", log: &log), !title.isEmpty else {
            log.error("missing required key 'title'", at: yaml.location(ofKey: "title"))
            return nil
        }
        let path = String(source.relativePath.dropLast(".md".count))
        if let problem = PagePath.problem(with: path) {
            log.error("the file name cannot be a page address: \(problem)", at: source.start)
            return nil
        }
        return PlainDocument(
            path: path,
            title: title,
            summary: yaml.string("summary", log: &log),
            checked: yaml.checkedDate(log: &log),
            template: yaml.string("layout", log: &log).map(FrontMatterCodeReader.templateName) ?? "page",
            templateLocation: yaml["layout"].map(yaml.location(of:)),
            source: source,
            sourceDigest: textHash ?? ContentHash.value(of: source.text)
        )
    }
}

extension ContentLoader.Document {
    /// The document without its file's full text: nothing after loading reads it, and keeping it
    /// would hold every file in memory a second time beside the body.
    func withoutSourceText() -> Self {
        switch self {
        case .code(var document):
            document.source.text = ""
            return .code(document)
        case .family(var document):
            document.source?.text = ""
            return .family(document)
        case .page:
            return self
        }
    }
}
