/// Emphasis and strong emphasis: CommonMark's delimiter-run algorithm.
extension MarkdownInlineParser {
    /// The deepest inline nesting the reader builds, as the HTML (512) and XML (256) readers
    /// cap theirs; `***…x…***` beyond it keeps its extra stars as text.
    static let maximumNesting = 256

    // MARK: - Emphasis

    func delimiter(_ character: Character, count: Int, before: Character?, after: Character?) -> Delimiter {
        typealias Class = MarkdownCharacterClass
        let leftFlanking = !Class.isWhitespace(after)
            && (!Class.isPunctuation(after) || Class.isWhitespace(before) || Class.isPunctuation(before) || Class.isCJK(before))
        let rightFlanking = !Class.isWhitespace(before)
            && (!Class.isPunctuation(before) || Class.isWhitespace(after) || Class.isPunctuation(after) || Class.isCJK(after))
        if character == "*" {
            return Delimiter(character: character, count: count, originalCount: count, canOpen: leftFlanking, canClose: rightFlanking)
        }
        return Delimiter(character: character, count: count, originalCount: count,
                         canOpen: leftFlanking && (!rightFlanking || Class.isPunctuation(before)),
                         canClose: rightFlanking && (!leftFlanking || Class.isPunctuation(after)))
    }

    /// CommonMark's "process emphasis": match closers with the nearest compatible opener,
    /// using a per-kind lower bound so that unmatched runs are never rescanned.
    func processEmphasis(_ pieces: inout [Piece]) {
        let runs = pieces.reduce(0) { count, piece in
            if case .delimiter = piece { return count + 1 }
            return count
        }
        guard runs <= Self.maximumDelimiterRuns else { return }
        var openersBottom: [String: Int] = [:]
        var closerIndex = 0
        while closerIndex < pieces.count {
            guard case let .delimiter(closer) = pieces[closerIndex], closer.canClose, closer.count > 0 else {
                closerIndex += 1
                continue
            }
            let key = "\(closer.character)\(closer.originalCount % 3)\(closer.canOpen)"
            let bottom = openersBottom[key] ?? -1
            var openerIndex = closerIndex - 1
            var found: Int?
            while openerIndex > bottom {
                if case let .delimiter(opener) = pieces[openerIndex], opener.character == closer.character, opener.canOpen, opener.count > 0 {
                    let oddMatch = (opener.canClose || closer.canOpen) && (opener.originalCount + closer.originalCount) % 3 == 0
                        && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                    if !oddMatch {
                        found = openerIndex
                        break
                    }
                }
                openerIndex -= 1
            }
            guard let found, case var .delimiter(opener) = pieces[found] else {
                openersBottom[key] = closerIndex - 1
                closerIndex += 1
                continue
            }
            let content = nodes(from: Array(pieces[(found + 1)..<closerIndex])).map(Self.inline(of:))
            // Past the nesting cap the closer stays text, as an unmatched one would: the tree
            // never gets deep enough to exhaust the stack when it is walked or freed.
            guard Self.nesting(of: content, above: Self.maximumNesting - 1) < Self.maximumNesting else {
                openersBottom[key] = closerIndex - 1
                closerIndex += 1
                continue
            }
            var closing = closer
            let used = opener.count >= 2 && closing.count >= 2 ? 2 : 1
            opener.count -= used
            closing.count -= used
            let emphasis: Inline = used == 2 ? .bold(content) : .italic(content)
            pieces.replaceSubrange(found...closerIndex, with: [.delimiter(opener), .node(.inline(emphasis)), .delimiter(closing)])
            for (name, value) in openersBottom where value >= found { openersBottom[name] = found - 1 }
            closerIndex = found + 2
        }
    }

    /// Collapses pieces into nodes: unmatched delimiters become text, adjacent text merges.
    func nodes(from pieces: [Piece]) -> [MarkdownInlineNode] {
        var result: [MarkdownInlineNode] = []
        var text = ""
        for piece in pieces {
            switch piece {
            case let .text(value): text += value
            case let .delimiter(delimiter): text += String(repeating: delimiter.character, count: delimiter.count)
            case let .node(.inline(.text(value))): text += value
            case let .node(node):
                if !text.isEmpty { result.append(.inline(.text(text))) }
                text = ""
                result.append(node)
            }
        }
        if !text.isEmpty { result.append(.inline(.text(text))) }
        return result
    }

    /// A node inside emphasis or a link: a picture there cannot be lifted out, so it keeps
    /// its Markdown source as text.
    static func inline(of node: MarkdownInlineNode) -> Inline {
        switch node {
        case let .inline(inline): return inline
        case let .image(_, _, raw, _, _): return .text(raw)
        }
    }

    /// How deeply `content` nests, counted without recursion and only as far as `limit + 1`:
    /// the cost of a check is bounded by the cap, not by the depth of a hostile tree.
    static func nesting(of content: [Inline], above limit: Int) -> Int {
        var deepest = 0
        var pending: [(ArraySlice<Inline>, Int)] = [(content[...], 0)]
        while var (items, depth) = pending.popLast() {
            guard let first = items.popFirst() else { continue }
            pending.append((items, depth))
            if depth + 1 > deepest { deepest = depth + 1 }
            if deepest > limit { return deepest }
            switch first {
            case let .bold(inner), let .italic(inner), let .underline(inner), let .superscript(inner), let .link(_, inner):
                pending.append((inner[...], depth + 1))
            case .text, .code, .lineBreak:
                break
            }
        }
        return deepest
    }
}
