import XCTest
@testable import QiyueDocuments

final class MarkdownReviewTextTests: XCTestCase {
    func testBlanksCommentsButKeepsPositionsAndSuppressions() {
        let source = "# 协议\n<!-- 草稿：\n给予返还 -->正文\n<!-- qiyue-disable fair-competition -->\n第一条"
        let text = MarkdownReviewText.extract(source)
        XCTAssertEqual(text.text, "# 协议\n" + String(repeating: " ", count: 8) + "\n" + String(repeating: " ", count: 8) + "正文\n<!-- qiyue-disable fair-competition -->\n第一条")
        XCTAssertEqual(text.text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count),
                       source.split(separator: "\n", omittingEmptySubsequences: false).map(\.count))
        XCTAssertTrue(text.origins.isEmpty)
    }

    func testUnclosedCommentIsBlankedToTheEnd() {
        XCTAssertEqual(MarkdownReviewText.extract("甲<!-- 乙\n丙").text, "甲      \n ")
    }

    func testTextWithoutCommentsIsUnchanged() {
        XCTAssertEqual(MarkdownReviewText.extract("第一条 甲方\n").text, "第一条 甲方\n")
    }

    /// The byte pre-check must find every comment opener Foundation's search finds, wherever
    /// it sits, or a commented-out clause would be reviewed.
    func testCommentOpenerCheckAgreesWithFoundationSearch() {
        let samples = ["", "<!-", "<!--", "甲<!--", "<!--乙", "甲方<!- -乙", "a <!-- b", "<<!---", "＜!--", "第一条\n<!--\n", "<!—"]
        for sample in samples {
            XCTAssertEqual(MarkdownReviewText.containsCommentOpener(sample), sample.contains("<!--"), sample)
        }
        XCTAssertEqual(MarkdownReviewText.extract("甲<!--\n乙-->丙").text, "甲    \n    丙")
    }
}

/// The front matter is metadata, not agreement text: it is blanked exactly when the reader
/// takes it out of the body, and line breaks stay so later findings keep their lines.
final class MarkdownReviewTextFrontMatterTests: XCTestCase {
    func testFrontMatterIsBlankedLineForLine() {
        let source = "---\nsubject: 税收返还\n---\n第一条　甲方\n"
        XCTAssertEqual(MarkdownReviewText.extract(source).text, "   \n" + String(repeating: " ", count: 13) + "\n   \n第一条　甲方\n")
    }

    func testCarriageReturnLineEndsAndAByteOrderMarkAreCountedAsTheReaderCountsThem() {
        XCTAssertEqual(MarkdownReviewText.extract("\u{FEFF}---\r\ntitle: 甲\r---\r\n正文").text, "    \r\n        \r   \r\n正文")
    }

    func testABlockTheReaderKeepsAsTextIsReviewed() {
        for source in ["---\ntitle: 甲\n第一条：返还税收\n---\n", "---\ntitle: 甲\n返还\n", "---\n返还\n---\n"] {
            XCTAssertEqual(MarkdownReviewText.extract(source).text, source)
        }
    }

    func testCommentsAfterTheFrontMatterAreStillBlanked() {
        XCTAssertEqual(MarkdownReviewText.extract("---\ntitle: 甲\n---\n甲<!-- 乙 -->").text, "   \n        \n   \n甲          ")
    }
}

/// The prefix the review recognises front matter on ends at the first later `---` line.
final class MarkdownReviewTextFencePrefixTests: XCTestCase {
    func testThePrefixEndsWithTheFirstLaterFenceLine() {
        XCTAssertEqual(MarkdownReviewText.throughFirstLaterFence(of: "---\ntitle: 甲\n--- \t\n正文\n---\n"), "---\ntitle: 甲\n--- \t")
        XCTAssertEqual(MarkdownReviewText.throughFirstLaterFence(of: "---\r\na: b\r---x\r---"), "---\r\na: b\r---x\r---")
        XCTAssertEqual(MarkdownReviewText.throughFirstLaterFence(of: "---\na: b\n ---\n"), "---\na: b\n ---\n")
        XCTAssertEqual(MarkdownReviewText.throughFirstLaterFence(of: "---"), "---")
    }

    /// A control character the reader removes can make an earlier line its fence; the review
    /// must then blank exactly what the reader takes out of the body.
    func testAgreesWithTheReaderWhenAControlCharacterHidesAFence() {
        let source = "---\ntitle: 甲\n---\u{1}\n第一条　返还\n---\n"
        XCTAssertEqual(MarkdownReader().read(source).document.metadata.title, "甲", "the reader closes the block at line 3")
        XCTAssertEqual(MarkdownReviewText.extract(source).text, "   \n        \n    \n第一条　返还\n---\n")
    }
}
