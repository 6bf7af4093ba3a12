/// Small edits of inline sequences that keep their formatting.
enum InlineEditing {
    /// `inlines` without their first `count` characters of plain text, descending into
    /// formatting so that `**第五条** 内容` loses the label but keeps the rest's formatting.
    static func dropping(_ count: Int, from inlines: [Inline]) -> [Inline] {
        var remaining = count
        var result: [Inline] = []
        for inline in inlines {
            if remaining == 0 {
                result.append(inline)
                continue
            }
            // Counting stops at `remaining`: a long paragraph is never walked to its end.
            let text = inline.plainText
            guard let cut = text.index(text.startIndex, offsetBy: remaining, limitedBy: text.endIndex), cut != text.endIndex else {
                remaining -= text.count
                continue
            }
            result.append(dropping(remaining, from: inline))
            remaining = 0
        }
        return result
    }

    private static func dropping(_ count: Int, from inline: Inline) -> Inline {
        switch inline {
        case let .text(text): return .text(String(text.dropFirst(count)))
        case let .code(text): return .code(String(text.dropFirst(count)))
        case let .bold(content): return .bold(dropping(count, from: content))
        case let .italic(content): return .italic(dropping(count, from: content))
        case let .underline(content): return .underline(dropping(count, from: content))
        case let .superscript(content): return .superscript(dropping(count, from: content))
        case let .link(url, content): return .link(url: url, content: dropping(count, from: content))
        case .lineBreak: return .lineBreak
        }
    }

    /// `inlines` without leading spaces, full-width spaces or tabs.
    static func trimmingLeadingSpaces(_ inlines: [Inline]) -> [Inline] {
        let spaces = leadingSpaceCount(inlines)
        return spaces == 0 ? inlines : dropping(spaces, from: inlines).filter { $0 != .text("") }
    }

    /// How many spaces, full-width spaces or tabs the plain text of `inlines` starts with,
    /// looking only as far as the first other character (paragraphs can be long).
    private static func leadingSpaceCount(_ inlines: [Inline]) -> Int {
        var count = 0
        for inline in inlines {
            let text = inline.plainText
            let rest = text.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            count += text.distance(from: text.startIndex, to: rest.startIndex)
            if !rest.isEmpty { return count }
        }
        return count
    }

    /// `inlines` with neighbouring text elements joined, so that equal text always has one shape.
    static func mergingAdjacentText(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case let .text(next) = inline, case let .text(previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
