/// What the option parser found on a command line.
public struct ParsedArguments: Sendable, Equatable {
    /// Option values in the order given, keyed by long name; flags map to an empty string.
    public var options: [String: [String]] = [:]
    /// Arguments that are not options, in order. `-` stays as is (standard input/output).
    public var positionals: [String] = []

    public init(options: [String: [String]] = [:], positionals: [String] = []) {
        self.options = options
        self.positionals = positionals
    }

    /// The last value given for an option, so that a later `--format` overrides an earlier one.
    public func value(_ name: String) -> String? { options[name]?.last }

    /// Every value given for a repeatable option such as `--set`.
    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { options[name] != nil }

    /// The positional arguments of a command that takes exactly these, named as its usage
    /// names them: the first missing one is reported by name, the first extra one quoted.
    func positionals(named names: String...) throws -> [String] {
        if positionals.count < names.count { throw UsageError.missingArgument(names[positionals.count]) }
        if positionals.count > names.count { throw UsageError.tooManyArguments(positionals[names.count]) }
        return positionals
    }
}
