/// The document formats `qiyue convert` knows, named by file extension.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case docx
    case html
    case text = "txt"

    /// The format of a path's extension, e.g. `协议.docx` → `.docx`; `nil` if unknown.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return nil }
        self.init(name: String(path[path.index(after: dot)...]))
    }

    /// Parses a format name as given to `--to`, accepting common spellings.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// The formats accepted as input.
    public static let readable: [DocumentFormat] = [.markdown, .docx, .html]
    public static let writable: [DocumentFormat] = [.docx, .html, .markdown, .text]
}
