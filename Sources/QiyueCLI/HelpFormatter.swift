import QiyueCore

/// Builds the help screens from the commands' declarations.
struct HelpFormatter {
    var language: Language

    func overview() -> String {
        let zh = language == .zh
        var text = zh
            ? "qiyue（契约）— 招商引资协议起草、合法性审查与双语推介工具\n\n用法：qiyue <命令> [选项] [参数]\n\n命令：\n"
            : "qiyue — drafting, legality review and bilingual brochures for investment agreements\n\nUsage: qiyue <command> [options] [arguments]\n\nCommands:\n"
        let width = CommandRegistry.commands.map(\.name.count).max() ?? 0
        for command in CommandRegistry.commands {
            text += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary.text(in: language) + "\n"
        }
        text += zh
            ? "\n全局选项：\n  --lang zh|en   消息语言（默认 zh，也可设环境变量 QIYUE_LANG）\n  --version      显示版本\n  -h, --help     显示帮助\n\n退出码：0 成功；1 有审查发现或部分失败；2 用法错误或输入错误。\n运行“qiyue help <命令>”查看某个命令的说明。\n"
            : "\nGlobal options:\n  --lang zh|en   message language (default zh, or set QIYUE_LANG)\n  --version      show the version\n  -h, --help     show help\n\nExit codes: 0 success; 1 findings or partial failure; 2 usage or input error.\nRun 'qiyue help <command>' for a command's help.\n"
        return text
    }

    func help(for command: any Command) -> String {
        let zh = language == .zh
        let synopsis = ["qiyue", command.name, command.usage].filter { !$0.isEmpty }.joined(separator: " ")
        var text = (zh ? "用法：" : "Usage: ") + synopsis + "\n\n"
        text += command.summary.text(in: language) + "\n"
        let discussion = command.discussion.text(in: language)
        if !discussion.isEmpty { text += "\n" + discussion + (discussion.hasSuffix("\n") ? "" : "\n") }
        // A command may redeclare a common option to explain what it means there; it is then listed once.
        let options = command.options + CommonOptions.all.filter { common in !command.options.contains { $0.name == common.name } }
        text += zh ? "\n选项：\n" : "\nOptions:\n"
        let width = options.map(\.synopsis.count).max() ?? 0
        for option in options {
            text += "  " + option.synopsis.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help.text(in: language) + "\n"
        }
        return text
    }
}
