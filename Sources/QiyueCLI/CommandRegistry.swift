/// The list of `qiyue` subcommands, in the order `qiyue --help` shows them.
///
/// Each concern lists its commands in its own file under `Commands/`, so adding a
/// command touches only that concern's list.
public enum CommandRegistry {
    public static let commands: [any Command] =
        templateCommands + draftingCommands + reviewCommands + documentCommands + projectCommands + filingCommands
        + [HelpCommand(), VersionCommand()]

    public static func command(named name: String) -> (any Command)? {
        commands.first { $0.name == name }
    }
}
