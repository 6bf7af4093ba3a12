import QiyueCore

/// Writes inline elements as Markdown, escaping text only where it would read as markup.
enum MarkdownInlineWriter {
    /// Inline Markdown for `inlines`. In a table cell (`inTable`), line breaks must be written
    /// as `<br>` and a `|` inside a code span escaped, since GFM splits cells before parsing code.
    static func write(_ inlines: [Inline], atLineStart: Bool = false, lineBreak: String = "\\\n", inTable: Bool = false) -> String {
        var text = ""
        for (index, inline) in inlines.enumerated() {
            text += write(inline, atLineStart: atLineStart && index == 0 && text.isEmpty, lineBreak: lineBreak, inTable: inTable)
        }
        return text
    }

    private static func write(_ inline: Inline, atLineStart: Bool, lineBreak: String, inTable: Bool) -> String {
        func write(_ content: [Inline], lineBreak: String) -> String {
            MarkdownInlineWriter.write(content, lineBreak: lineBreak, inTable: inTable)
        }
        switch inline {
        case let .text(text): return escapeText(text, atLineStart: atLineStart)
        case let .code(text):
            let longest = text.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
            let fence = String(repeating: "`", count: longest + 1)
            let padding = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.isEmpty) ? " " : ""
            let code = text.replacingOccurrences(of: "\n", with: " ")
            return fence + padding + (inTable ? code.replacingOccurrences(of: "|", with: "\\|") : code) + padding + fence
        case let .bold(content): return "**" + write(content, lineBreak: lineBreak) + "**"
        case let .italic(content): return "*" + write(content, lineBreak: lineBreak) + "*"
        case let .underline(content): return "<u>" + write(content, lineBreak: lineBreak) + "</u>"
        case let .superscript(content): return "<sup>" + write(content, lineBreak: lineBreak) + "</sup>"
        case let .link(url, content):
            let destination = url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) ? "<\(url.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C"))>" : url
            return "[" + write(content, lineBreak: lineBreak) + "](" + destination + ")"
        case .lineBreak: return lineBreak
        }
    }

    /// `text` escaped as the template engine escapes printed values, so a document written by
    /// the writer and a value printed by a template read alike. Line feeds inside text become
    /// spaces: in the model they are not line breaks.
    static func escapeText(_ text: String, atLineStart: Bool = false) -> String {
        MarkdownEscaping.escape(text.contains("\n") ? text.replacingOccurrences(of: "\n", with: " ") : text, atLineStart: atLineStart)
    }
}
