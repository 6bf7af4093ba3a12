/// The document formats `qiyue convert` knows, named by file extension.
enum DocumentFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case docx
    case html
    case text = "txt"

    /// The format of a path's extension, e.g. `协议.docx` → `.docx`; `nil` if unknown.
    init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return nil }
        self.init(name: String(path[path.index(after: dot)...]))
    }

    /// Parses a format name as given to `--to`, accepting common spellings.
    init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// The formats accepted as input (the readers of issue 5 add `.docx` and `.html`).
    static let readable: [DocumentFormat] = [.markdown]
    static let writable: [DocumentFormat] = [.docx, .html, .markdown, .text]
}
