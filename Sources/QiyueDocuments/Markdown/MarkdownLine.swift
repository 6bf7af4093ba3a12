/// One source line of Markdown with the position of its first character in the file, so
/// that diagnostics still point at the right column after container markers (`> `, list
/// indentation) have been stripped.
struct MarkdownLine: Sendable, Hashable {
    var text: Substring
    /// 1-based line number in the source.
    var number: Int
    /// 1-based column of `text`'s first character in the source line.
    var column: Int

    // The helpers below look at UTF-8 bytes: spaces and tabs are ASCII, and byte comparisons
    // avoid the normalising comparison of Characters, which dominates on Chinese text.

    var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The number of leading spaces (tabs count as four, as CommonMark's tab stops round them).
    var indentation: Int {
        var width = 0
        for byte in text.utf8 {
            if byte == 0x20 { width += 1 } else if byte == 0x09 { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// The line without its first `width` columns of indentation (or all of it if shorter).
    func droppingIndentation(_ width: Int) -> MarkdownLine {
        var removed = 0
        var characters = 0
        let bytes = text.utf8
        var index = bytes.startIndex
        while removed < width, index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 { removed += 1 } else if byte == 0x09 { removed += 4 - removed % 4 } else { break }
            characters += 1
            index = bytes.index(after: index)
        }
        return MarkdownLine(text: text[index...], number: number, column: column + characters)
    }

    /// The line without its first `count` characters.
    func dropping(_ count: Int) -> MarkdownLine {
        let index = text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) ?? text.endIndex
        return MarkdownLine(text: text[index...], number: number, column: column + count)
    }

    /// The text without leading and trailing spaces and tabs.
    var trimmed: Substring {
        let bytes = text.utf8
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.endIndex
        let end = bytes.lastIndex { $0 != 0x20 && $0 != 0x09 }.map { bytes.index(after: $0) } ?? start
        return start < end ? text[start..<end] : text[start..<start]
    }
}
