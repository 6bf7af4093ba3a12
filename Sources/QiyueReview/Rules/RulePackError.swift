import QiyueCore

/// A rule pack that cannot be used, with every problem found in it.
public struct RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problems: [RulePackProblem]

    public init(path: String, problems: [RulePackProblem]) {
        self.path = path
        self.problems = problems
    }

    /// A problem with no place in the file (the file cannot be read).
    public init(path: String, message: LocalizedText) {
        self.init(path: path, problems: [RulePackProblem(message)])
    }

    /// One diagnostic per problem, each at its line and column in the pack file.
    public func diagnostics(in language: Language) -> [Diagnostic] {
        problems.map { .error($0.message.text(in: language), at: SourceLocation(file: path, line: $0.line, column: $0.column)) }
    }

    /// `pack.json:12:7: message`, one line per problem.
    public var description: String {
        problems.map { "\(path):\($0.line):\($0.column): \($0.message.en)" }.joined(separator: "\n")
    }
}
