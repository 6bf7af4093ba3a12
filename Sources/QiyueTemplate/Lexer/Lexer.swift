/// Splits a template into tokens with Jinja2's whitespace rules.
///
/// The rules are those of Jinja2 3.1 with `trim_blocks`, `lstrip_blocks` and
/// `keep_trailing_newline`: the first newline after a block or comment tag is removed
/// (unless the tag ends with `+%}`), whitespace before a block or comment tag that
/// starts a line is removed (Jinja 3.1.6 tests it with `\s`, so U+3000 counts) (unless it starts with `{%+`), and `-` on either side of any
/// tag removes all whitespace on that side.
struct Lexer {
    let source: SourceText
    var trimBlocks = true
    var lstripBlocks = true

    private var bytes: [UInt8] { source.bytes }

    init(source: SourceText) {
        self.source = source
    }

    func tokenize() throws(RenderFailure) -> [Token] {
        let bytes = source.bytes
        var tokens: [Token] = []
        var position = 0
        let count = bytes.count
        while position < count {
            guard let tagStart = nextTagStart(from: position) else {
                tokens.append(Token(kind: .text(text(position, count)), offset: position, length: count - position))
                break
            }
            let opener = bytes[tagStart + 1]
            var afterOpener = tagStart + 2
            var sign: UInt8 = 0
            if afterOpener < count, bytes[afterOpener] == UInt8(ascii: "-") || bytes[afterOpener] == UInt8(ascii: "+") {
                sign = bytes[afterOpener]
                afterOpener += 1
            }
            // Text before the tag, with whitespace control applied.
            let lineStarting = position == 0 || bytes[position - 1] == 0x0A
            var textEnd = tagStart
            if sign == UInt8(ascii: "-") {
                while case let length = whitespaceLength(bytes, endingAt: textEnd, notBefore: position), length > 0 { textEnd -= length }
            } else if sign != UInt8(ascii: "+"), lstripBlocks, opener != UInt8(ascii: "{") {
                var lineStart = textEnd
                while lineStart > position, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                if lineStart > position || lineStarting {
                    if isAllWhitespace(bytes, from: lineStart, to: textEnd) { textEnd = lineStart }
                }
            }
            if textEnd > position {
                tokens.append(Token(kind: .text(text(position, textEnd)), offset: position, length: textEnd - position))
            }
            switch opener {
            case UInt8(ascii: "#"):
                position = try skipComment(openedAt: tagStart, contentStart: afterOpener)
            case UInt8(ascii: "%"):
                if let rawEnd = rawBlockBodyStart(afterOpener) {
                    position = try readRaw(openedAt: tagStart, bodyStart: rawEnd, into: &tokens)
                } else {
                    tokens.append(Token(kind: .blockBegin, offset: tagStart, length: afterOpener - tagStart))
                    position = try ExpressionScanner(bytes: bytes, source: source).scan(
                        from: afterOpener, closer: UInt8(ascii: "%"), trimNewline: trimBlocks, openedAt: tagStart, into: &tokens)
                }
            default:
                tokens.append(Token(kind: .variableBegin, offset: tagStart, length: afterOpener - tagStart))
                position = try ExpressionScanner(bytes: bytes, source: source).scan(
                    from: afterOpener, closer: UInt8(ascii: "}"), trimNewline: false, openedAt: tagStart, into: &tokens)
            }
        }
        tokens.append(Token(kind: .end, offset: count, length: 1))
        return tokens
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The next `{{`, `{%` or `{#` at or after `position`.
    private func nextTagStart(from position: Int) -> Int? {
        let bytes = self.bytes
        var index = position
        let last = bytes.count - 1
        while index < last {
            if bytes[index] == UInt8(ascii: "{") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "{") || next == UInt8(ascii: "%") || next == UInt8(ascii: "#") { return index }
            }
            index += 1
        }
        return nil
    }

    /// Skips a comment; returns the position after it (and after the trimmed newline).
    private func skipComment(openedAt start: Int, contentStart: Int) throws(RenderFailure) -> Int {
        var index = contentStart
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "#"), bytes[index + 1] == UInt8(ascii: "}") {
                let before = index > contentStart ? bytes[index - 1] : 0
                return afterTagEnd(index + 2, sign: before)
            }
            index += 1
        }
        throw RenderFailure(zh: "注释没有结束（缺少“#}”）", en: "missing end of comment tag '#}'", offset: start)
    }

    /// Applies the end-of-tag whitespace rule: `-` eats all following whitespace, `+` keeps
    /// everything, otherwise one newline goes when `trim_blocks` is on.
    func afterTagEnd(_ position: Int, sign: UInt8) -> Int {
        var index = position
        if sign == UInt8(ascii: "-") {
            while index < bytes.count, case let length = whitespaceLength(bytes, at: index), length > 0 { index += length }
        } else if sign != UInt8(ascii: "+"), trimBlocks, index < bytes.count, bytes[index] == 0x0A {
            index += 1
        }
        return index
    }

    /// If the block tag starting its content at `position` is `raw`, the position after the tag.
    private func rawBlockBodyStart(_ position: Int) -> Int? {
        var index = skipSpaces(position)
        guard matches("raw", at: index) else { return nil }
        index = skipSpaces(index + 3)
        if matches("-%}", at: index) { return skipWhitespace(index + 3) }
        if matches("%}", at: index) { return index + 2 }
        return nil
    }

    /// Reads the body of `{% raw %}` up to `{% endraw %}` as literal text.
    private func readRaw(openedAt start: Int, bodyStart: Int, into tokens: inout [Token]) throws(RenderFailure) -> Int {
        var index = bodyStart
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%") {
                var cursor = index + 2
                var sign: UInt8 = 0
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+") {
                    sign = bytes[cursor]
                    cursor += 1
                }
                cursor = skipSpaces(cursor)
                if matches("endraw", at: cursor) {
                    cursor = skipSpaces(cursor + 6)
                    var endSign: UInt8 = 0
                    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+") {
                        endSign = bytes[cursor]
                        cursor += 1
                    }
                    if matches("%}", at: cursor) {
                        var textEnd = index
                        if sign == UInt8(ascii: "-") {
                            while case let length = whitespaceLength(bytes, endingAt: textEnd, notBefore: bodyStart), length > 0 { textEnd -= length }
                        } else if sign != UInt8(ascii: "+"), lstripBlocks {
                            var lineStart = textEnd
                            while lineStart > bodyStart, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                            let lineStarting = bodyStart == 0 || bytes[bodyStart - 1] == 0x0A
                            if lineStart > bodyStart || lineStarting,
                               isAllWhitespace(bytes, from: lineStart, to: textEnd) {
                                textEnd = lineStart
                            }
                        }
                        if textEnd > bodyStart {
                            tokens.append(Token(kind: .text(text(bodyStart, textEnd)), offset: bodyStart, length: textEnd - bodyStart))
                        }
                        return afterTagEnd(cursor + 2, sign: endSign)
                    }
                }
            }
            index += 1
        }
        throw RenderFailure(zh: "raw 块没有结束（缺少“{% endraw %}”）", en: "missing end of raw directive '{% endraw %}'", offset: start)
    }

    private func matches(_ word: String, at position: Int) -> Bool {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    private func skipSpaces(_ position: Int) -> Int {
        var index = position
        while index < bytes.count, case let length = whitespaceLength(bytes, at: index), length > 0 { index += length }
        return index
    }

    private func skipWhitespace(_ position: Int) -> Int { skipSpaces(position) }
}
