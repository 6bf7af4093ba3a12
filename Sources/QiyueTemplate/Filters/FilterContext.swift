import QiyueCore

/// What a filter may know about where it runs.
struct FilterContext {
    /// How the template that applies the filter escapes its output.
    let escaping: OutputEscaping
    var autoescape: Bool { escaping.isActive }
    /// The expression the filter is applied to, for messages that name a data path.
    let input: Expression?
    let language: Language
    let outputLimit: Int

    /// The data path of the filtered value (`project.name`), or `value` when it was computed.
    var inputPath: String { input.map(\.path) ?? "value" }
}
