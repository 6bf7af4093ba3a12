extension CommandRegistry {
    /// The commands for check, init, catalog (issue 6).
    static var projectCommands: [any Command] { [CheckCommand(), InitCommand(), CatalogCommand()] }
}
