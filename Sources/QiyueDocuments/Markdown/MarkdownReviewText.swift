import QiyueCore
import Foundation

/// The review text of a Markdown file: the file itself, line for line.
///
/// Markdown is reviewed as written so that every finding's line and column are exact
/// positions in the file the user edits. Only HTML comments are blanked (replaced by
/// spaces, keeping line breaks), because text the author commented out is not part of
/// the agreement; `<!-- qiyue-disable … -->` comments are kept, since the review engine
/// reads them as suppressions. A front matter block is blanked the same way: it is metadata,
/// not agreement text, and `MarkdownFrontMatter` — the rule the Markdown reader follows —
/// decides what it spans, so the review sees exactly the body the documents show.
public enum MarkdownReviewText {
    public static func extract(_ source: String) -> ExtractedText {
        ExtractedText(text: blankingComments(in: blankingFrontMatter(in: source)))
    }

    /// `source` with the lines of its front matter replaced by spaces (line breaks kept).
    static func blankingFrontMatter(in source: String) -> String {
        // Only a file whose first line starts with `---` can hold one; the rest pay nothing.
        let start = source.unicodeScalars.first == "\u{FEFF}" ? source.unicodeScalars.dropFirst() : source.unicodeScalars[...]
        guard start.starts(with: "---".unicodeScalars),
              case let .frontMatter(frontMatter) = MarkdownFrontMatter.recognize(MarkdownReader.lines(of: String(throughFirstLaterFence(of: source))))
        else { return source }
        var result = String.UnicodeScalarView()
        var remainingLines = frontMatter.lineCount
        var scalars = source.unicodeScalars[...]
        var previousWasCarriageReturn = false
        while remainingLines > 0, let scalar = scalars.popFirst() {
            // Line ends are counted as the reader counts them: LF, CR, or CRLF once.
            if scalar == "\n" {
                result.append(scalar)
                if !previousWasCarriageReturn { remainingLines -= 1 }
            } else if scalar == "\r" {
                result.append(scalar)
                remainingLines -= 1
            } else {
                result.append(" ")
            }
            previousWasCarriageReturn = scalar == "\r"
        }
        // A CR that ended the block may be the first half of a CRLF: keep its LF with it.
        if previousWasCarriageReturn, scalars.first == "\n" { result.append(scalars.removeFirst()) }
        result.append(contentsOf: scalars)
        return String(result)
    }

    static func blankingComments(in source: String) -> String {
        // Most files have no comment at all: a byte search settles that at memory speed,
        // where Foundation's `contains` compares character clusters and cost a third of a
        // review. Only files holding the bytes of `<!--` take the path below.
        guard containsCommentOpener(source) else { return source }
        var result = ""
        result.reserveCapacity(source.utf8.count)
        var rest = source[...]
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let close = afterOpen.range(of: "-->")
            let commentEnd = close?.upperBound ?? rest.endIndex
            let comment = rest[open.lowerBound ..< commentEnd]
            if afterOpen.drop(while: { $0 == " " }).hasPrefix("qiyue-") {
                result += comment
            } else {
                for character in comment { result.append(character.isNewline ? character : " ") }
            }
            rest = rest[commentEnd...]
        }
        result += rest
        return result
    }

    /// `source` up to the end of the first line after the first that is `---` (and spaces or
    /// tabs), or all of it.
    ///
    /// Recognition stops at the first closing `---`, so it decides the same on this prefix as
    /// on the whole file (the reader may see a fence earlier, where it removed a control
    /// character, but never later), and a long agreement is not split into lines twice.
    static func throughFirstLaterFence(of source: String) -> Substring {
        let bytes = source.utf8
        var index = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.endIndex
        while index < bytes.endIndex {
            index = bytes.index(after: index)
            let lineEnd = bytes[index...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.endIndex
            let line = bytes[index..<lineEnd]
            if line.starts(with: "---".utf8), line.dropFirst(3).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                return source[..<lineEnd]
            }
            index = lineEnd
        }
        return source[...]
    }

    /// Whether the UTF-8 bytes of `source` hold `<!--` anywhere. Every match Foundation's
    /// search could find is also a byte match, so a `false` here means the same as before.
    static func containsCommentOpener(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            guard bytes.count >= 4, let base = bytes.baseAddress else { return false }
            var index = 0
            let last = bytes.count - 4
            // `memchr` finds each `<`; only there are the next three bytes compared.
            while index <= last {
                guard let found = memchr(base + index, 0x3C, last - index + 1) else { return false }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
