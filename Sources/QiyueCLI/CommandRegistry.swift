/// The list of `qiyue` subcommands, in the order `qiyue --help` shows them.
///
/// Adding a command means adding its value here; nothing else needs to know about it.
public enum CommandRegistry {
    public static let commands: [any Command] = [
        HelpCommand(),
        VersionCommand(),
    ]

    public static func command(named name: String) -> (any Command)? {
        commands.first { $0.name == name }
    }
}
