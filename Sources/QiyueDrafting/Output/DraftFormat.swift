import QiyueCore

/// The file formats `agreement` and `dossier` write, chosen by the output's extension.
///
/// Templates produce Markdown; HTML and DOCX are made from it by the document writers, so
/// the three formats always say the same thing.
public enum DraftFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case docx

    /// The format for an output path, or `nil` when its extension is none of `.md`, `.html`, `.docx`.
    public init?(outputPath: String) {
        let lowered = outputPath.lowercased()
        let dot = lowered.lastIndex(of: ".").map { lowered[lowered.index(after: $0)...] } ?? ""
        switch dot {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "docx": self = .docx
        default:
            return nil
        }
    }
}
