import XCTest
@testable import QiyueDocuments

/// The Markdown writer is checked by reading its output back: for every corpus document,
/// read(write(document)) must be the document again.
final class MarkdownWriterTests: XCTestCase {
    func testCorpusRoundTripsThroughMarkdown() throws {
        for name in Fixtures.corpusNames {
            let document = try Fixtures.document(name)
            let written = MarkdownWriter().write(document)
            let reread = MarkdownReader(baseDirectory: Fixtures.corpus).read(written)
            XCTAssertEqual(reread.document.blocks, document.blocks, "\(name):\n\(written)")
            XCTAssertEqual(reread.diagnostics, [], name)
        }
    }

    func testWritingIsIdempotent() throws {
        for name in Fixtures.corpusNames {
            let once = MarkdownWriter().write(try Fixtures.document(name))
            let twice = MarkdownWriter().write(MarkdownReader().read(once).document)
            XCTAssertEqual(once, twice, name)
        }
    }

    func testMetadataTheBodyDoesNotGiveIsKeptInAFrontMatterBlock() {
        let metadata = DocumentMetadata(title: "普洱咖啡项目投资协议", subject: "\"一号\"项目\n补充", author: "普洱市投资促进局", date: "2025-03-08", language: "en")
        let document = Document(metadata: metadata, blocks: [.heading(level: 1, content: [.text("投资协议")]), .paragraph([.text("正文。")])])
        let written = MarkdownWriter().write(document)
        XCTAssertEqual(written, """
            ---
            title: 普洱咖啡项目投资协议
            subject: ""一号"项目 补充"
            author: 普洱市投资促进局
            date: 2025-03-08
            language: en
            ---

            # 投资协议

            正文。

            """)
        let reread = MarkdownReader().read(written)
        XCTAssertEqual(reread.diagnostics, [])
        XCTAssertEqual(reread.document.metadata, DocumentMetadata(title: "普洱咖啡项目投资协议", subject: "\"一号\"项目 补充", author: "普洱市投资促进局", date: "2025-03-08", language: "en"))
        XCTAssertEqual(reread.document.blocks, document.blocks)
    }

    func testDerivedTitleAndDefaultLanguageNeedNoBlock() {
        let document = Document(metadata: DocumentMetadata(title: "投资协议"), blocks: [.heading(level: 1, content: [.text("投资协议")])])
        XCTAssertEqual(MarkdownWriter().write(document), "# 投资协议\n")
    }

    /// A leading break written as `---` followed by `作者：…` would read as a metadata block.
    func testLeadingBreakCannotBeTakenForFrontMatter() {
        let document = Document(blocks: [.thematicBreak, .paragraph([.text("作者：张三")]), .thematicBreak, .paragraph([.text("正文")])])
        let written = MarkdownWriter().write(document)
        XCTAssertTrue(written.hasPrefix("***\n\n作者：张三"), written)
        XCTAssertEqual(MarkdownReader().read(written).document.blocks, document.blocks)
    }

    func testEscapesOnlyWhatWouldBeMarkup() {
        let document = Document(blocks: [
            .paragraph([.text("1. 不是列表 *星号* 与 [方括号] 和 # 井号")]),
            .paragraph([.text("# 不是标题")]),
            .paragraph([.text("第五条的规定")]),
        ])
        XCTAssertEqual(MarkdownWriter().write(document), "1\\. 不是列表 \\*星号\\* 与 \\[方括号\\] 和 # 井号\n\n\\# 不是标题\n\n第五条的规定\n")
    }

    func testClausesTablesAndExtensions() {
        let document = Document(blocks: [
            .titlePage(title: [.text("协议")], subtitle: [.text("草案")], lines: []),
            .pageBreak,
            .clause(label: "第一条", content: [.bold([.text("重要")])], children: [.clause(label: "（一）", content: [.text("子项")], children: [])]),
            .table(Table(rows: [[TableCell([.text("a|b")]), TableCell([.text("金额")])], [TableCell([.text("1")]), TableCell([.text("2")])]], headerRowCount: 1, alignments: [.center, .right])),
            .signatureBlock([SignatureParty(role: "甲方", name: "某县", lines: ["日期："])]),
        ])
        XCTAssertEqual(MarkdownWriter().write(document), """
        {.title}
        协议
        草案

        \\pagebreak

        第一条　**重要**

        （一）子项

        | a\\|b | 金额 |
        | :---: | ---: |
        | 1 | 2 |

        {.signature}
        | 甲方：某县 |
        | --- |
        | 日期： |

        """)
    }
}
