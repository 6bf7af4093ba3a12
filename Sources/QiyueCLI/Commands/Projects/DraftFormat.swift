import QiyueCore

/// The file formats `agreement` and `dossier` write, chosen by the output's extension.
///
/// Templates produce Markdown; HTML and DOCX are made from it by the document writers, so
/// the three formats always say the same thing.
enum DraftFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case docx

    /// The format for an output path, or a usage error naming the extensions that work.
    init(outputPath: String) throws {
        let lowered = outputPath.lowercased()
        let dot = lowered.lastIndex(of: ".").map { lowered[lowered.index(after: $0)...] } ?? ""
        switch dot {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "docx": self = .docx
        default:
            throw UsageError.invalidValue(option: "-o", value: outputPath, expected: "OUT.docx, OUT.html, OUT.md")
        }
    }
}
