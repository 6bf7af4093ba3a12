extension CommandRegistry {
    /// The commands for render (issue 3).
    static var templateCommands: [any Command] { [RenderCommand()] }
}
