import Yams

/// A YAML mapping from front matter or `site.yml`, read key by key with source locations,
/// so every problem can point at the exact line and column in the file.
struct YAMLMapping {
    let source: SourceFile
    /// File lines before the first YAML line.
    let lineOffset: Int
    let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Parses `yaml`; reports syntax errors and a non-mapping root in `log`.
    static func parse(_ yaml: String, in source: SourceFile, lineOffset: Int, log: inout DiagnosticLog) -> YAMLMapping? {
        // Both checks walk every byte; `memchr` tells first whether there is anything to find.
        if yaml.containsBytes("\t"), let tab = firstIndentingTab(in: yaml) {
            log.error("line is indented with a tab; YAML indentation must use spaces", at: source.location(line: tab.line + lineOffset, column: tab.column))
            return nil
        }
        if yaml.containsBytes("*"), let alias = YAMLLimits.aliasBeyondLimit(in: yaml) {
            log.error("more than \(YAMLLimits.maximumAliases) YAML aliases (*name); sitegen allows \(YAMLLimits.maximumAliases) so that expanding them stays cheap",
                      at: source.location(line: alias.line + lineOffset, column: alias.column))
            return nil
        }
        let root: Node?
        do {
            root = try compose(yaml)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            for name in duplicates {
                let lines = YAMLLimits.lines(startingWithKey: name, in: yaml)
                let at = lines.count > 1 ? source.location(line: lines[1] + lineOffset) : source.location(line: context.mark.line + lineOffset)
                let first = lines.first.map { " (first on line \($0 + lineOffset))" } ?? ""
                log.error("duplicate key '\(name)'\(first); remove one of them", at: at)
            }
            return nil
        } catch let error as YamlError {
            let (problem, mark, context) = describe(error)
            let location = mark.map { source.location(line: $0.line + lineOffset, column: $0.column) }
                ?? source.location(line: lineOffset + 1)
            let detail = context.map { " (\($0.text) that starts on line \($0.mark.line + lineOffset))" } ?? ""
            log.error("malformed YAML: \(problem)\(detail)", at: location)
            return nil
        } catch {
            log.error("malformed YAML: \(error)", at: source.location(line: lineOffset + 1))
            return nil
        }
        guard let root else {
            return YAMLMapping(source: source, lineOffset: lineOffset, pairs: [])
        }
        guard let mapping = root.mapping else {
            log.error("front matter must be a YAML mapping of keys to values",
                      at: location(of: root, source: source, lineOffset: lineOffset))
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        var seen: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let here = location(of: key, source: source, lineOffset: lineOffset)
            // A list or mapping as a key is never meant; describing it could also expand an alias bomb.
            guard case .scalar = key, let name = key.string else {
                log.error("a key must be a plain name, not a list or mapping", at: here)
                continue
            }
            if let first = seen[name] {
                log.error("duplicate key '\(name)' (first defined on line \(first.line))", at: here)
                continue
            }
            seen[name] = here
            pairs.append((name, key, value))
        }
        return YAMLMapping(source: source, lineOffset: lineOffset, pairs: pairs)
    }

    /// The YAML's root node, as Yams composes it with its default schema.
    ///
    /// The default schema matters only to Yams's check for duplicate keys, which compares keys by
    /// text and resolved type, and to a key `=` (the "value" type). Without tags (`!`), anchors
    /// (`&`), aliases (`*`) or `=`, keys with equal text are duplicates under the default schema
    /// only if they are under `plainResolver` too, and nothing else reads the types; so that YAML
    /// is composed first without resolving types. If that fails, or on any other YAML, it is
    /// composed with the default schema, and every result and error is the default's.
    private static func compose(_ yaml: String) throws -> Node? {
        // Naming the encoding keeps Yams from reading the process environment on every call.
        if !yaml.utf8.contains(where: { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "=") }),
           let root = try? Yams.compose(yaml: yaml, YAMLSchema.plainResolver, YAMLSchema.constructor, .utf8) {
            return root
        }
        return try Yams.compose(yaml: yaml, YAMLSchema.resolver, YAMLSchema.constructor, .utf8)
    }

    func location(of node: Node) -> SourceLocation {
        Self.location(of: node, source: source, lineOffset: lineOffset)
    }

    private static func location(of node: Node, source: SourceFile, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: lineOffset + 1) }
        return source.location(line: mark.line + lineOffset, column: mark.column)
    }

    subscript(key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    /// The location of `key` itself or, when it is absent, of the opening `---` (line 1 of `site.yml`).
    func location(ofKey key: String) -> SourceLocation {
        pairs.first { $0.key == key }.map { location(of: $0.keyNode) } ?? source.location(line: max(lineOffset, 1))
    }

    /// Warns about every key not in `known`: it may be a typo.
    func warnAboutUnknownKeys(known: Set<String>, log: inout DiagnosticLog) {
        for pair in pairs where !known.contains(pair.key) {
            log.warning("unknown front-matter key '\(pair.key)' is ignored", at: location(of: pair.keyNode))
        }
    }

    // MARK: Typed values

    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let node = self[key], !isNull(node) else { return nil }
        return scalarString(node, key: key, log: &log)
    }

    func int(_ key: String, log: inout DiagnosticLog) -> Located<Int>? {
        guard let node = self[key], !isNull(node) else { return nil }
        guard case .scalar = node, let value = Int(node.string ?? "") else {
            log.error("'\(key)' must be a whole number", at: location(of: node))
            return nil
        }
        return Located(value, at: location(of: node))
    }

    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let node = self[key], !isNull(node) else { return nil }
        guard case .scalar = node, let value = node.bool else {
            log.error("'\(key)' must be true or false", at: location(of: node))
            return nil
        }
        return value
    }

    /// A list of scalars; a single scalar is accepted as a one-element list.
    func list(_ key: String, log: inout DiagnosticLog) -> [Located<String>] {
        guard let node = self[key], !isNull(node) else { return [] }
        switch node {
        case .scalar:
            return scalarString(node, key: key, log: &log).map { [Located($0, at: location(of: node))] } ?? []
        case .sequence(let sequence):
            if let item = sequence.first(where: { if case .scalar = $0 { false } else { true } }) {
                log.error("each entry of '\(key)' must be a single value, not a list or mapping", at: location(of: item))
                return []
            }
            return sequence.compactMap { item in
                scalarString(item, key: key, log: &log).map { Located($0, at: location(of: item)) }
            }
        default:
            log.error("'\(key)' must be a list", at: location(of: node))
            return []
        }
    }

    /// Whether `key` is present with an empty value (`key:`, `key: ~`, `key: ""`).
    func isEmpty(_ key: String) -> Bool {
        guard let node = self[key] else { return false }
        return isNull(node) || node.string == ""
    }

    /// A mapping of scalar keys to scalar values, in file order, each with the location of its key.
    func stringMap(_ key: String, log: inout DiagnosticLog) -> [(key: String, value: String, location: SourceLocation)] {
        guard let node = self[key], !isNull(node) else { return [] }
        guard let mapping = node.mapping else {
            log.error("'\(key)' must be a mapping of names to values", at: location(of: node))
            return []
        }
        return mapping.compactMap { entryKey, value in
            guard let name = entryKey.string, let text = scalarString(value, key: "\(key).\(name)", log: &log) else { return nil }
            return (name, text, location(of: entryKey))
        }
    }

    /// A list of mappings, each read as its own `YAMLMapping`.
    func mappings(_ key: String, log: inout DiagnosticLog) -> [YAMLMapping] {
        guard let node = self[key], !isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            log.error("'\(key)' must be a list", at: location(of: node))
            return []
        }
        return sequence.compactMap { item in
            guard let mapping = item.mapping else {
                log.error("each entry of '\(key)' must be a mapping", at: location(of: item))
                return nil
            }
            return child(mapping)
        }
    }

    /// A nested mapping under `key`, or `nil` when the key is absent.
    func nested(_ key: String, log: inout DiagnosticLog) -> YAMLMapping? {
        guard let node = self[key], !isNull(node) else { return nil }
        guard let mapping = node.mapping else {
            log.error("'\(key)' must be a mapping", at: location(of: node))
            return nil
        }
        return child(mapping)
    }

    private func child(_ mapping: Node.Mapping) -> YAMLMapping {
        let childPairs = mapping.map { (key: $0.key.string ?? "(a list or mapping)", keyNode: $0.key, value: $0.value) }
        return YAMLMapping(source: source, lineOffset: lineOffset, pairs: childPairs)
    }

    private func scalarString(_ node: Node, key: String, log: inout DiagnosticLog) -> String? {
        guard case .scalar(let scalar) = node else {
            log.error("'\(key)' must be a single value, not a list or mapping", at: location(of: node))
            return nil
        }
        return scalar.string
    }

    private func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return true }
        return false
    }

    /// The first tab in a line's leading whitespace (line and column from 1), which YAML forbids.
    private static func firstIndentingTab(in yaml: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var inIndentation = true
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
                inIndentation = true
                continue
            }
            if inIndentation {
                if byte == UInt8(ascii: "\t") { return (line, column) }
                if byte != UInt8(ascii: " ") { inIndentation = false }
            }
            column += 1
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (String, Mark?, YamlError.Context?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return (problem, mark, context)
        case let .reader(problem, _, _, _):
            return (problem, nil, nil)
        default:
            return ("\(error)", nil, nil)
        }
    }
}
