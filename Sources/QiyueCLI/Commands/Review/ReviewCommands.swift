extension CommandRegistry {
    /// The commands for review, rules (issue 4).
    static var reviewCommands: [any Command] { [ReviewCommand(), RulesCommand()] }
}
