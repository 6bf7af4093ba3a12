import QiyueCore

/// One `qiyue` subcommand.
///
/// A command declares its name, help and options as data; `CommandLineTool` parses the
/// arguments against those options and prints help, so commands contain only their work.
public protocol Command: Sendable {
    /// The word typed after `qiyue`, e.g. `render`.
    var name: String { get }
    /// One line for `qiyue --help`.
    var summary: LocalizedText { get }
    /// The argument synopsis after the command name, e.g. `TEMPLATE --data FILE [-o OUT]`.
    var usage: String { get }
    /// Longer help: what the command does, examples. May be empty.
    var discussion: LocalizedText { get }
    var options: [OptionSpec] { get }
    /// Whether the command reads the built-in project data (schema, catalogue, glossary,
    /// thresholds), which the tool then checks before running it.
    var usesProjectData: Bool { get }
    /// Runs the command and returns its exit status.
    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32
}

extension Command {
    public var discussion: LocalizedText { LocalizedText(zh: "", en: "") }
    public var usesProjectData: Bool { true }
}

/// Options every command accepts.
enum CommonOptions {
    static let help = OptionSpec("help", short: "h", help: LocalizedText(zh: "显示帮助", en: "show help"))
    static let lang = OptionSpec("lang", value: "zh|en", help: LocalizedText(zh: "消息语言（默认 zh）", en: "message language (default zh)"))
    static let all = [help, lang]
}
