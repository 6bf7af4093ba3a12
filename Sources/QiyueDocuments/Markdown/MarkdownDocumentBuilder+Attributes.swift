/// The attribute-line extension: `{.title}` and `{.signature}`.
extension MarkdownDocumentBuilder {
    /// The block `raw` becomes under `classes`, or `nil` if the classes do not fit it.
    func apply(_ classes: [String], to raw: MarkdownRawBlock, line: MarkdownLine) -> Block? {
        var block: Block?
        for name in classes {
            switch name {
            case "title": block = titlePage(from: raw)
            case "cover": block = titlePage(from: raw, cover: true)
            case "signature": block = signatureBlock(from: raw)
            case "figures": block = keyFigures(from: raw)
            default: return nil
            }
            if block == nil { return nil }
        }
        return block
    }

    /// A heading gives a title page with just the title. A paragraph gives one line per
    /// source line: the first is the title, the second the subtitle, the rest the lines below.
    ///
    /// On a cover (`{.cover}`) a line that is only a picture, `![外景](images/site.png)`, is the
    /// cover's picture rather than a line of text.
    private func titlePage(from raw: MarkdownRawBlock, cover: Bool = false) -> Block? {
        switch raw {
        case let .heading(_, line):
            return .titlePage(title: inlines(of: [line]), subtitle: [], lines: [], cover: cover ? TitleCover() : nil)
        case var .paragraph(lines):
            var picture: Image?
            if cover, let index = lines.firstIndex(where: { Self.pictureNode(of: $0) != nil }) {
                picture = coverPicture(lines[index])
                lines.remove(at: index)
            }
            // A cover keeps a `<br>` inside its row: the Chinese and English names are one title.
            var rows = cover ? lines.map { inlines(of: [$0]) } : lines.flatMap { splitAtLineBreaks(inlines(of: [$0])) }
            rows = rows.filter { !$0.plainText.allSatisfy(\.isWhitespace) }
            guard !rows.isEmpty else { return nil }
            let title = rows.removeFirst()
            let subtitle = rows.isEmpty ? [] : rows.removeFirst()
            return .titlePage(title: title, subtitle: subtitle, lines: rows, cover: cover ? TitleCover(picture: picture) : nil)
        default:
            return nil
        }
    }

    /// The picture a line consists of, alone, or `nil`. A picture that cannot be loaded leaves a
    /// warning and the cover without a picture: its band still carries the title.
    private func coverPicture(_ line: MarkdownLine) -> Image? {
        guard case let .image(alt, source, raw, offset, size)? = Self.pictureNode(of: line) else { return nil }
        guard var image = loadImage(source: source, alt: alt, at: location(ofOffset: offset, in: [line]), length: raw.count) else { return nil }
        image.widthPoints = size.width
        image.heightPoints = size.height
        return image
    }

    private func splitAtLineBreaks(_ inlines: [Inline]) -> [[Inline]] {
        var rows: [[Inline]] = [[]]
        for inline in inlines {
            if case .lineBreak = inline { rows.append([]) } else { rows[rows.count - 1].append(inline) }
        }
        return rows
    }

    /// A table gives one party per column: the header cell is `角色：名称` (split at the first
    /// full-width or ASCII colon), the cells below are the lines to sign on. A bullet list
    /// gives one party per item: the item's first line is `角色：名称`, its other lines follow.
    private func signatureBlock(from raw: MarkdownRawBlock) -> Block? {
        switch raw {
        case let .table(header, _, rows):
            let parties = header.indices.map { column -> SignatureParty in
                var party = Self.party(from: inlines(of: [header[column]]).plainText)
                party.lines = rows.map { inlines(of: [$0[column]]).plainText }.filter { !$0.isEmpty }
                return party
            }
            return .signatureBlock(parties)
        case let .list(_, _, items):
            var parties: [SignatureParty] = []
            for item in items {
                var texts: [String] = []
                for block in item {
                    guard case let .paragraph(lines) = block else { return nil }
                    texts += lines.map { inlines(of: [$0]).plainText }
                }
                guard !texts.isEmpty else { return nil }
                var party = Self.party(from: texts.removeFirst())
                party.lines = texts
                parties.append(party)
            }
            return parties.isEmpty ? nil : .signatureBlock(parties)
        default:
            return nil
        }
    }

    /// A table of one header row (the labels) and one row (the figures) is a key-figures panel.
    private func keyFigures(from raw: MarkdownRawBlock) -> Block? {
        guard case let .table(header, alignments, rows) = raw, rows.count == 1 else { return nil }
        let cells = ([header] + rows).map { row in row.map { TableCell(inlines(of: [$0])) } }
        var table = Table(rows: cells, headerRowCount: 1, alignments: alignments)
        table.isKeyFigures = true
        return .table(table)
    }

    static func party(from text: String) -> SignatureParty {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else {
            return SignatureParty(role: text, name: "")
        }
        let role = text[..<colon].trimmingCharacters(in: .whitespaces)
        let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return SignatureParty(role: role, name: name)
    }

    /// The image node a line consists of, alone, or `nil`.
    private static func pictureNode(of line: MarkdownLine) -> MarkdownInlineNode? {
        let nodes = MarkdownInlineParser(String(line.text)).parse().filter { node in
            if case let .inline(.text(text)) = node { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard nodes.count == 1, case .image = nodes[0] else { return nil }
        return nodes[0]
    }
}
