extension CommandRegistry {
    /// The commands that draft documents from a project file (issue 6): the standard
    /// agreement, and the promotion dossier or bilingual brochure.
    static var draftingCommands: [any Command] { [AgreementCommand(), DossierCommand()] }
}
