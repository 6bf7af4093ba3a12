import QiyueCore
import QiyueTemplate

/// Prints template and data errors compiler-style: `file:line:col: error: message`, the
/// source line and a caret, with template names shown as the paths the user typed.
struct TemplateErrorReporter {
    let context: CommandContext
    let location: TemplateLocation

    /// Prints an error; template names are mapped back to paths, data file names are kept.
    func report(_ error: TemplateError, inTemplate: Bool = true, notes extraNotes: [String] = []) {
        var diagnostic = error.diagnostic
        if inTemplate, var place = diagnostic.location {
            place.file = location.displayName(of: place.file)
            diagnostic.location = place
        }
        diagnostic.notes += extraNotes
        context.writeErr(context.errorPrinter.render(diagnostic, sourceLine: error.sourceLine.map { Substring($0) }))
    }
}
