/// Finds contract clauses that were typed rather than marked up: a paragraph starting with
/// `第五条` becomes an article, one starting with `（一）` an item, nested under the article
/// directly above it — the same reading the Markdown reader gives, so a document converted
/// to HTML or Word and read back has the same structure.
enum TypedClauses {
    static func structure(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if case let .clause(label, _, children) = block, children.isEmpty, ClauseLabel.item(in: label) != nil {
                append(item: block, to: &result)
                continue
            }
            guard case let .paragraph(content) = block else {
                result.append(block)
                continue
            }
            let text = content.plainText
            if let article = article(in: text) {
                result.append(.clause(label: article.label, content: dropping(article.prefixLength, from: content), children: []))
            } else if let item = ClauseLabel.item(in: text) {
                let clause = Block.clause(label: item.label, content: dropping(text.distance(from: text.startIndex, to: item.rest.startIndex), from: content), children: [])
                append(item: clause, to: &result)
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// The article label at the start of `text` and how many characters it takes.
    static func article(in text: String) -> (label: String, prefixLength: Int)? {
        guard let match = ClauseLabel.article(in: text) else { return nil }
        return (match.label, text.distance(from: text.startIndex, to: match.rest.startIndex))
    }

    /// Nests an item clause under the article directly above it, if there is one.
    private static func append(item: Block, to result: inout [Block]) {
        if case .clause(let label, let parentContent, var children)? = result.last, ClauseLabel.article(in: label) != nil {
            // Removed first so the children array is uniquely referenced and grows in place.
            result.removeLast()
            children.append(item)
            result.append(.clause(label: label, content: parentContent, children: children))
        } else {
            result.append(item)
        }
    }

    static func dropping(_ count: Int, from content: [Inline]) -> [Inline] {
        InlineEditing.trimmingLeadingSpaces(InlineEditing.dropping(count, from: content))
    }
}
