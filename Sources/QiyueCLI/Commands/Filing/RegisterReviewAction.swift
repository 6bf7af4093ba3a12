import QiyueCore

/// `register review`: re-runs the current rules on every registered agreement.
struct RegisterReviewAction {
    func run(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        throw UsageError.other(LocalizedText(zh: "register review 尚未实现", en: "register review is not implemented yet"))
    }
}
