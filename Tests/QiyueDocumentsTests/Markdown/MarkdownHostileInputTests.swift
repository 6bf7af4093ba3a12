import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Inputs built to make a Markdown parser slow or deep: each must be read quickly, without
/// losing its text, and written to DOCX.
final class MarkdownHostileInputTests: XCTestCase {
    private func assertBounded(_ markdown: String, keeps marker: Character, count: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        var document = Document(blocks: [])
        let elapsed = try ThreadCPUTime.measure {
            document = MarkdownReader().read(markdown).document
            _ = try DocxWriter().write(document)
        }
        XCTAssertLessThan(elapsed, 10, "took \(elapsed) s", file: file, line: line)
        XCTAssertEqual(PlainTextWriter().write(document).filter { $0 == marker }.count, count, file: file, line: line)
    }

    func testDeeplyIndentedNestedList() throws {
        try assertBounded((0..<1000).map { String(repeating: "  ", count: $0) + "- 项\n" }.joined(), keeps: "项", count: 1000)
    }

    func testThousandsOfQuoteMarkers() throws {
        try assertBounded(String(repeating: "> ", count: 20_000) + "深", keeps: "深", count: 1)
    }

    func testUnclosedBracketsTagsAndEntities() throws {
        let markdown = String(repeating: "[", count: 20_000) + "甲" + String(repeating: "](x)", count: 5) + "\n"
            + String(repeating: "<u>", count: 20_000) + "乙\n" + String(repeating: "&", count: 20_000) + "丙\n"
            + String(repeating: "``` ", count: 5_000) + "丁"
        try assertBounded(markdown, keeps: "甲", count: 1)
        try assertBounded(markdown, keeps: "丁", count: 1)
    }

    func testManyEmphasisDelimiters() throws {
        try assertBounded(String(repeating: "*_ **戊 ", count: 20_000), keeps: "戊", count: 20_000)
    }

    func testLongTable() throws {
        try assertBounded("| a | b |\n|---|---|\n" + String(repeating: "| 己 | 2 |\n", count: 5_000), keeps: "己", count: 5_000)
    }

    /// `*` × 100,000, a letter, `*` × 100,000 used to nest 50,000 emphases deep and crash
    /// when the tree was freed; nesting stops at the cap and the other stars stay text.
    func testDeeplyNestedEmphasisIsCapped() throws {
        let stars = String(repeating: "*", count: 100_000)
        let markdown = stars + "x" + stars + "\n"
        try assertBounded(markdown, keeps: "x", count: 1)
        let document = MarkdownReader().read(markdown).document
        guard case let .paragraph(inlines)? = document.blocks.first else { return XCTFail("\(document.blocks.prefix(1))") }
        XCTAssertEqual(MarkdownInlineParser.nesting(of: inlines, above: 100_000), MarkdownInlineParser.maximumNesting)
        XCTAssertEqual(PlainTextWriter().write(document).filter { $0 == "*" }.count, 200_000 - 4 * (MarkdownInlineParser.maximumNesting - 1), "two stars a side per level; the text is the innermost level")
        for text in ["_" + String(repeating: "*", count: 60_000) + "y" + String(repeating: "*", count: 60_000) + "_", String(repeating: "[*", count: 30_000) + "z"] {
            let nested = MarkdownReader().read(text).document
            guard case let .paragraph(content)? = nested.blocks.first else { return XCTFail() }
            XCTAssertLessThanOrEqual(MarkdownInlineParser.nesting(of: content, above: 100_000), MarkdownInlineParser.maximumNesting + MarkdownInlineParser.maximumDepth)
        }
    }
}
