import QiyueCore
import Foundation

/// The review text of a Markdown file: the file itself, line for line.
///
/// Markdown is reviewed as written so that every finding's line and column are exact
/// positions in the file the user edits. Only HTML comments are blanked (replaced by
/// spaces, keeping line breaks), because text the author commented out is not part of
/// the agreement; `<!-- qiyue-disable … -->` comments are kept, since the review engine
/// reads them as suppressions.
public enum MarkdownReviewText {
    public static func extract(_ source: String) -> ExtractedText {
        ExtractedText(text: blankingComments(in: source))
    }

    static func blankingComments(in source: String) -> String {
        guard source.contains("<!--") else { return source }
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
}
