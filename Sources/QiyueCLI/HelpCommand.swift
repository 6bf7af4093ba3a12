import QiyueCore

/// `qiyue help [COMMAND]`: the overview, or one command's help.
struct HelpCommand: Command {
    let name = "help"
    let summary = LocalizedText(zh: "显示帮助", en: "show help")
    let usage = "[COMMAND]"
    let options: [OptionSpec] = []

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let formatter = HelpFormatter(language: context.language)
        guard let name = arguments.positionals.first else {
            context.writeOut(formatter.overview())
            return ExitCode.success.rawValue
        }
        guard let command = CommandRegistry.command(named: name) else {
            throw UsageError.unknownCommand(name, suggestion: EditDistance.closest(to: name, among: CommandRegistry.commands.map(\.name)))
        }
        context.writeOut(formatter.help(for: command))
        return ExitCode.success.rawValue
    }
}
