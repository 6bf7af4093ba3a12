/// The attribute-line extension: `{.title}` and `{.signature}`.
extension MarkdownDocumentBuilder {
    /// The block `raw` becomes under `classes`, or `nil` if the classes do not fit it.
    func apply(_ classes: [String], to raw: MarkdownRawBlock, line: MarkdownLine) -> Block? {
        var block: Block?
        for name in classes {
            switch name {
            case "title": block = titlePage(from: raw)
            case "signature": block = signatureBlock(from: raw)
            default: return nil
            }
            if block == nil { return nil }
        }
        return block
    }

    /// A heading gives a title page with just the title. A paragraph gives one line per
    /// source line: the first is the title, the second the subtitle, the rest the lines below.
    private func titlePage(from raw: MarkdownRawBlock) -> Block? {
        switch raw {
        case let .heading(_, line):
            return .titlePage(title: inlines(of: [line]), subtitle: [], lines: [])
        case let .paragraph(lines):
            var rows = lines.flatMap { splitAtLineBreaks(inlines(of: [$0])) }
            rows = rows.filter { !$0.plainText.allSatisfy(\.isWhitespace) }
            guard !rows.isEmpty else { return nil }
            let title = rows.removeFirst()
            let subtitle = rows.isEmpty ? [] : rows.removeFirst()
            return .titlePage(title: title, subtitle: subtitle, lines: rows)
        default:
            return nil
        }
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

    static func party(from text: String) -> SignatureParty {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else {
            return SignatureParty(role: text, name: "")
        }
        let role = text[..<colon].trimmingCharacters(in: .whitespaces)
        let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return SignatureParty(role: role, name: name)
    }
}
