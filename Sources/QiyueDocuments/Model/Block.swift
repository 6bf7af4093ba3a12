/// One block-level element of a `Document`.
public indirect enum Block: Sendable, Hashable {
    /// A heading; `level` 1 is the highest.
    case heading(level: Int, content: [Inline])
    /// A body paragraph.
    case paragraph([Inline])
    /// A numbered contract clause: `label` is the visible number (`第五条`, `（一）`, `1.1`),
    /// `content` its text, `children` its nested items.
    case clause(label: String, content: [Inline], children: [Block])
    /// A bullet (`ordered == false`) or numbered list; each item is a list of blocks.
    case list(ordered: Bool, start: Int, items: [[Block]])
    case blockQuote([Block])
    case table(Table)
    case image(Image)
    /// A forced page break (`\pagebreak` in Markdown).
    case pageBreak
    case thematicBreak
    /// The two-column signature block at the end of an agreement.
    case signatureBlock([SignatureParty])
    /// A cover page: a large title, a subtitle, and lines such as the date and parties; a
    /// brochure's cover (`cover`) sets the title in a coloured band above its picture.
    case titlePage(title: [Inline], subtitle: [Inline], lines: [[Inline]], cover: TitleCover? = nil)
}

/// One inline element of a paragraph or heading.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case bold([Inline])
    case italic([Inline])
    case underline([Inline])
    case superscript([Inline])
    case code(String)
    case link(url: String, content: [Inline])
    case lineBreak
}

extension Inline {
    /// The text a reader sees, without formatting.
    public var plainText: String {
        switch self {
        case let .text(text), let .code(text): return text
        case let .bold(content), let .italic(content), let .underline(content), let .superscript(content):
            return content.plainText
        case let .link(_, content): return content.plainText
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated text of the inlines, without formatting.
    public var plainText: String { map(\.plainText).joined() }
}
