import QiyueCore

/// A rule pack that cannot be used, with every problem found in it.
public struct RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problems: [LocalizedText]

    public init(path: String, problems: [LocalizedText]) {
        self.path = path
        self.problems = problems
    }

    /// One diagnostic per problem, all placed at the pack file.
    public func diagnostics(in language: Language) -> [Diagnostic] {
        problems.map { .error($0.text(in: language), at: SourceLocation(file: path, line: 1, column: 1)) }
    }

    public var description: String { problems.map { "\(path): \($0.en)" }.joined(separator: "\n") }

    /// Turns a decoding error into a message that names the JSON path at fault.
    static func describe(_ error: DecodingError) -> LocalizedText {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context):
            return LocalizedText(zh: "缺少字段“\(key.stringValue)”（位置 \(path(context))）", en: "missing field '\(key.stringValue)' at \(path(context))")
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return LocalizedText(zh: "字段类型错误（位置 \(path(context))）", en: "wrong type at \(path(context))")
        case let .dataCorrupted(context):
            let location = path(context)
            return location.isEmpty
                ? LocalizedText(zh: "不是有效的 JSON", en: "not valid JSON")
                : LocalizedText(zh: "取值无效（位置 \(location)）", en: "invalid value at \(location)")
        @unknown default:
            return LocalizedText(zh: "规则包格式错误", en: "malformed rule pack")
        }
    }
}
