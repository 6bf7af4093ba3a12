extension CommandRegistry {
    /// The commands that keep records after signing: the filing register and the project-library scan.
    static var filingCommands: [any Command] { [RegisterCommand(), PortfolioCommand()] }
}
