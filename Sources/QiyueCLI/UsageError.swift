import QiyueCore

/// A mistake on the command line; always exit status 2 and a message on stderr.
public enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case unexpectedValue(option: String)
    case invalidValue(option: String, value: String, expected: String)
    case missingArgument(String)
    case tooManyArguments(String)
    case other(LocalizedText)

    /// The message in the user's language, naming what was wrong and what was meant.
    public func message(in language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .unknownCommand(name, suggestion):
            let base = zh ? "未知命令“\(name)”" : "unknown command '\(name)'"
            return base + hint(suggestion, zh: zh)
        case let .unknownOption(name, suggestion):
            let base = zh ? "未知选项“\(name)”" : "unknown option '\(name)'"
            return base + hint(suggestion, zh: zh)
        case let .missingValue(option):
            return zh ? "选项“\(option)”缺少取值" : "option '\(option)' needs a value"
        case let .unexpectedValue(option):
            return zh ? "选项“\(option)”不接受取值" : "option '\(option)' takes no value"
        case let .invalidValue(option, value, expected):
            return zh ? "选项“\(option)”的取值“\(value)”无效，应为 \(expected)" : "invalid value '\(value)' for option '\(option)'; expected \(expected)"
        case let .missingArgument(name):
            return zh ? "缺少参数 \(name)" : "missing argument \(name)"
        case let .tooManyArguments(extra):
            return zh ? "多余的参数“\(extra)”" : "unexpected argument '\(extra)'"
        case let .other(text):
            return text.text(in: language)
        }
    }

    private func hint(_ suggestion: String?, zh: Bool) -> String {
        guard let suggestion else { return "" }
        return zh ? "；您是否想输入“\(suggestion)”？" : "; did you mean '\(suggestion)'?"
    }
}
