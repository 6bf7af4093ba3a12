extension CommandRegistry {
    /// The commands for convert (issue 5).
    static var documentCommands: [any Command] { [ConvertCommand()] }
}
