import QiyueCore
import XCTest
@testable import QiyueDocuments

/// The metadata block at the top of a Markdown file: which blocks count, what each key
/// sets, the exact warnings, and that the body keeps the user's line numbers.
final class MarkdownFrontMatterTests: XCTestCase {
    private func read(_ markdown: String, language: Language = .en) -> MarkdownReadResult {
        MarkdownReader(fileName: "a.md", language: language).read(markdown)
    }

    private func warnings(_ markdown: String) -> [String] {
        read(markdown).diagnostics.map(\.description)
    }

    func testEveryEnglishKeySetsItsField() {
        let result = read("---\ntitle: 普洱咖啡项目投资协议\nsubject: 普洱咖啡项目\nauthor: 普洱市思茅区人民政府\ndate: 2025-03-08\nlanguage: zh-CN\n---\n# 投资协议\n")
        XCTAssertEqual(result.document.metadata, DocumentMetadata(
            title: "普洱咖啡项目投资协议", subject: "普洱咖啡项目", author: "普洱市思茅区人民政府", date: "2025-03-08", language: "zh-CN"))
        XCTAssertEqual(result.document.blocks, [.heading(level: 1, content: [.text("投资协议")])])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testChineseKeysWithEitherColonAndEnglishKeysInAnyCase() {
        let result = read("---\n标题：推介书\n主题: 咖啡\n作者：投资促进局\n日期：2025年3月8日\n语言：en\n---\n正文\n")
        XCTAssertEqual(result.document.metadata, DocumentMetadata(title: "推介书", subject: "咖啡", author: "投资促进局", date: "2025-03-08", language: "en"))
        XCTAssertEqual(read("---\nTitle: 甲\nAUTHOR: 乙\n---\n").document.metadata, DocumentMetadata(title: "甲", author: "乙"))
    }

    func testQuotedValuesLoseOnePairOfQuotesAndBlankLinesAreAllowed() {
        let result = read("---\ntitle: \"协议：第一稿\"\n\nauthor: '甲方 \"管委会\"'\nsubject: \"\"\n---\n")
        XCTAssertEqual(result.document.metadata.title, "协议：第一稿")
        XCTAssertEqual(result.document.metadata.author, "甲方 \"管委会\"")
        XCTAssertNil(result.document.metadata.subject, "an empty value leaves the field unset")
        XCTAssertEqual(result.diagnostics, [])
    }

    func testExplicitTitleWinsAndTheDerivedTitleIsTheFallback() {
        XCTAssertEqual(read("---\ntitle: 元数据标题\n---\n# 一级标题\n").document.metadata.title, "元数据标题")
        XCTAssertEqual(read("---\nauthor: 甲\n---\n# 一级标题\n").document.metadata.title, "一级标题")
    }

    func testBodyLinesKeepTheirLineNumbers() {
        let markdown = "---\ntitle: 协议\nauthor: 甲\n---\n\n正文\n\n![图](缺失.png)\n"
        XCTAssertEqual(warnings(markdown), ["a.md:8:1: warning: no base directory for images; '缺失.png' kept as text"])
        XCTAssertEqual(read(markdown).document.blocks.first, .paragraph([.text("正文")]))
    }

    func testWarningsForUnusableEntriesNameTheirLineAndColumn() {
        let markdown = "---\ntags: 协议\ndate: 2025-02-30\nlanguage: 中文\ntitle: \"未闭合\nauthor: 甲\nauthor: 乙\ndate: 2025年13月1日\n---\n正文\n"
        XCTAssertEqual(warnings(markdown), [
            "a.md:2:1: warning: unknown metadata key 'tags' (supported: title, subject, author, date, language, or 标题、主题、作者、日期、语言); ignored",
            "a.md:3:7: warning: invalid date '2025-02-30': write 2025-03-08 or 2025年3月8日; ignored",
            "a.md:4:11: warning: invalid language tag '中文': expected a BCP 47 tag such as zh-CN or en; ignored",
            "a.md:5:8: warning: unpaired quote; the value is taken as written",
            "a.md:7:1: warning: metadata 'author' given twice: this line replaces the value from line 6",
            "a.md:8:7: warning: invalid date '2025年13月1日': write 2025-03-08 or 2025年3月8日; ignored",
        ])
        let metadata = read(markdown).document.metadata
        XCTAssertEqual(metadata, DocumentMetadata(title: "\"未闭合", author: "乙", date: nil, language: "zh-CN"))
    }

    func testWarningsAreChineseByDefault() {
        let unknown = read("---\ntags: 甲\n---\n", language: .zh).diagnostics
        XCTAssertEqual(unknown.map(\.message), ["未知的元数据键“tags”（支持 title, subject, author, date, language 或 标题、主题、作者、日期、语言），已忽略"])
        let dated = read("---\n日期：明天\n---\n", language: .zh).diagnostics
        XCTAssertEqual(dated.map(\.message), ["日期“明天”无效：应写作 2025-03-08 或 2025年3月8日，已忽略"])
        XCTAssertEqual(dated.first?.location, SourceLocation(file: "a.md", line: 2, column: 4))
    }

    func testAnUnclosedBlockStaysTextWithAWarning() {
        let result = read("---\ntitle: 协议\nauthor: 甲\n")
        XCTAssertEqual(result.diagnostics.map(\.description), ["a.md:1:1: warning: the metadata block is never closed by a '---' line; kept as text"])
        XCTAssertEqual(result.document.blocks, [.thematicBreak, .paragraph([.text("title: 协议 author: 甲")])])
        XCTAssertNil(result.document.metadata.author)
    }

    func testABlockWithAClauseLineStaysTextWithAWarningAtThatLine() {
        let result = read("---\ntitle: 协议\n第一条：甲方给予乙方税收返还。\n---\n")
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "a.md:3:1: warning: this is not a 'key: value' line, and the metadata block from line 1 was not closed by a '---' line before it; the block is kept as text",
        ])
        XCTAssertEqual(result.document.blocks, [.thematicBreak, .paragraph([.text("title: 协议")]), .heading(level: 2, content: [.text("第一条：甲方给予乙方税收返还。")])])
        XCTAssertNil(result.document.metadata.title, "nothing of the rejected block becomes metadata")
    }

    func testAThematicBreakAtTheTopIsNotAnAttempt() {
        for markdown in ["---\n正文\n---\n", "---\n---\n正文\n", "---\n\n第一条　甲方\n", "--- \ntitle:协议\n---\n", "  ---\ntitle: 甲\n---\n"] {
            let result = read(markdown)
            XCTAssertEqual(result.diagnostics, [], markdown)
            XCTAssertEqual(result.document.blocks.first, .thematicBreak, markdown)
        }
    }

    func testRecognitionSpansTheBlockAndAcceptsOnlyNamesAsKeys() {
        let lines = MarkdownReader.lines(of: "---\r\ntitle: 甲\r\n\r\nx-note: 乙\r\n---\r\n正文")
        guard case let .frontMatter(frontMatter) = MarkdownFrontMatter.recognize(lines) else { return XCTFail("not recognised") }
        XCTAssertEqual(frontMatter.lineCount, 5)
        XCTAssertEqual(frontMatter.entries.map(\.key), ["title", "x-note"])
        XCTAssertEqual(frontMatter.entries.map(\.valueColumn), [8, 9])
        for line in ["第一条：甲方", "title:甲", " title: 甲", "2025: 甲", "备注：甲"] {
            XCTAssertNil(MarkdownFrontMatter.entry(in: MarkdownLine(text: line[...], number: 1, column: 1)), line)
        }
    }
}
