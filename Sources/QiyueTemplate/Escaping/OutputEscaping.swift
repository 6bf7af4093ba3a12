import QiyueCore

/// How a template's output escapes the values it prints, decided by the content type the
/// template produces (its name: `agreement.md.jinja` is Markdown, `page.html` is HTML).
///
/// Data pasted into markup unescaped becomes markup: a project field holding `**` makes
/// emphasis that splits a clause into pieces no rule matches, `[附件](http://…)` becomes a live
/// link, `<!--` hides text. Escaping by content type makes every printed value read as the
/// characters it holds; a template that prints deliberate markup says so with `|safe`, as in
/// Jinja2, whose HTML autoescaping this generalises.
public enum OutputEscaping: String, Sendable, CaseIterable {
    /// Plain text: values are printed as they are (Jinja2 without autoescaping).
    case none
    /// HTML, exactly as Jinja2's autoescaping (MarkupSafe): `& < > " '`.
    case html
    /// Markdown as the Qiyue reader understands it: inline markup characters always, block
    /// markers where the value starts a line.
    case markdown
    /// XML text and double-quoted attribute values: `& < > "` as entities, and the characters
    /// XML 1.0 cannot hold at all removed, so a value pasted from a spreadsheet cannot make a
    /// Word file unreadable.
    case xml

    /// Whether printed values are escaped at all (Jinja2's `autoescape`).
    public var isActive: Bool { self != .none }

    /// `text` escaped for this content type. `atLineStart` says that nothing but indentation
    /// and block markers precede it on its output line, so that a Markdown block marker at its
    /// start (`#`, `>`, `- `, `1.`) must be escaped too.
    public func escape(_ text: String, atLineStart: Bool = false) -> String {
        switch self {
        case .none: return text
        case .html: return HTMLEscaping.escape(text)
        case .markdown: return MarkdownEscaping.escape(text, atLineStart: atLineStart)
        case .xml: return XMLEscaping.escape(text)
        }
    }

    /// The escaping that joins markup and plain text (`Markup + str`, `|e`, `join`): HTML when
    /// the template does not escape, as Jinja2's `Markup` always is.
    var markupEscaping: OutputEscaping { self == .none ? .html : self }

    /// The value as markup: markup stays, anything else is converted to text and escaped.
    func markup(_ value: TemplateValue) throws -> String {
        if case let .markup(text) = value { return text }
        guard let text = PythonText.str(value) else {
            if case let .undefined(undefined) = value { throw RenderFailure.undefined(undefined) }
            return ""
        }
        return markupEscaping.escape(text, atLineStart: false)
    }
}
