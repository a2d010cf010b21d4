import Yams

/// The resolver and constructor handed to Yams, built once instead of on every parse.
enum YAMLSchema {
    /// Yams's default schema, answered faster for the usual plain string. Yams resolves the type of
    /// every plain key (to compare keys for duplicates) by trying each default rule, one regular
    /// expression call apiece. The rule put first here matches exactly the text that no default
    /// rule matches and resolves it to a string at once; any other text falls through to the
    /// default rules in their order, so every scalar gets the type the default schema gives it.
    static let resolver: Resolver = {
        let rules = Resolver.default.rules
        // At offset 0 the lookahead fails exactly when some rule's anchored pattern matches the whole text.
        let noDefaultRule = "^(?!" + rules.map { "(?:\($0.pattern))" }.joined(separator: "|") + ")"
        // The pattern is built from Yams's own valid patterns, so it always compiles.
        var resolver = Resolver.basic.appending(try! Resolver.Rule(.str, noDefaultRule))
        for rule in rules { resolver = resolver.appending(rule) }
        return resolver
    }()

    /// Resolves every untagged plain scalar to a string without a regular expression call. Used
    /// first on YAML that cannot tell the difference (see `YAMLMapping.compose`): Yams resolves
    /// each key only to compare keys for duplicates.
    static let plainResolver = Resolver.basic

    /// Yams's default constructor, whose `default` builds a new one with its tables on every use.
    /// It is immutable after `init`, so one instance serves every thread.
    nonisolated(unsafe) static let constructor = Constructor.default
}
