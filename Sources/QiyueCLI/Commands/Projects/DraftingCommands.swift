extension CommandRegistry {
    /// The commands for agreement, dossier (issue 6).
    static var draftingCommands: [any Command] { [] }
}
