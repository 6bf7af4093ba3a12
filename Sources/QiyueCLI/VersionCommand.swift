import QiyueCore

/// `qiyue version`: the same as `qiyue --version`.
struct VersionCommand: Command {
    let name = "version"
    let summary = LocalizedText(zh: "显示版本", en: "show the version")
    let usage = ""
    let options: [OptionSpec] = []

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        context.writeOut("qiyue \(QiyueVersion.current)\n")
        return ExitCode.success.rawValue
    }
}
