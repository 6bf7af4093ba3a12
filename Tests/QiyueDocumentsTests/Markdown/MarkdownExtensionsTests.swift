import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

/// Qiyue's extensions: `\pagebreak`, attribute lines, clause recognition and pictures.
final class MarkdownExtensionsTests: XCTestCase {
    private func read(_ markdown: String, base: URL? = nil) -> MarkdownReadResult {
        MarkdownReader(baseDirectory: base, fileName: "a.md").read(markdown)
    }

    func testPageBreakOnItsOwnLine() {
        XCTAssertEqual(read("前\n\\pagebreak\n后").document.blocks, [.paragraph([.text("前")]), .pageBreak, .paragraph([.text("后")])])
        XCTAssertEqual(read("文中 \\pagebreak 不算").document.blocks, [.paragraph([.text("文中 \\pagebreak 不算")])])
    }

    func testTitleAttributeOnParagraphSplitsLines() {
        let result = read("{.title}\n投资协议\n（草案）\n甲方：某县人民政府\n二〇二五年三月")
        XCTAssertEqual(result.document.blocks, [
            .titlePage(title: [.text("投资协议")], subtitle: [.text("（草案）")], lines: [[.text("甲方：某县人民政府")], [.text("二〇二五年三月")]]),
        ])
        XCTAssertEqual(result.document.metadata.title, "投资协议")
        XCTAssertEqual(result.diagnostics, [])
    }

    func testAttributeDirectlyUnderABlockAppliesToIt() {
        XCTAssertEqual(read("# 投资协议\n{.title}\n\n正文").document.blocks, [
            .titlePage(title: [.text("投资协议")], subtitle: [], lines: []), .paragraph([.text("正文")]),
        ])
    }

    func testAttributeAfterBlankLineAppliesToNextBlock() {
        XCTAssertEqual(read("正文\n\n{.title}\n\n# 标题").document.blocks, [
            .paragraph([.text("正文")]), .titlePage(title: [.text("标题")], subtitle: [], lines: []),
        ])
    }

    /// A cover keeps each row whole (the Chinese and English names are one title) and takes a
    /// line that is only a picture as its picture.
    func testCoverAttributeTakesThePictureLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-cover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = try Fixtures.data("site-plan.png")
        try png.write(to: directory.appendingPathComponent("cover.png"))
        let result = read("{.cover}\n某项目<br>Some Project\n项目推介<br>Investment Opportunity\n![外景](cover.png)\n某县", base: directory)
        XCTAssertEqual(result.diagnostics, [])
        guard case let .titlePage(title, subtitle, lines, cover)? = result.document.blocks.first else { return XCTFail("\(result.document.blocks)") }
        XCTAssertEqual(title, [.text("某项目"), .lineBreak, .text("Some Project")])
        XCTAssertEqual(subtitle, [.text("项目推介"), .lineBreak, .text("Investment Opportunity")])
        XCTAssertEqual(lines, [[.text("某县")]])
        XCTAssertEqual(cover?.picture?.data, png)
        XCTAssertEqual(cover?.picture?.altText, "外景")
        // Without a picture the cover is still a cover (its band carries the title).
        guard case let .titlePage(_, _, plainLines, plain)? = read("{.cover}\n某项目\n项目推介").document.blocks.first else { return XCTFail() }
        XCTAssertEqual(plain, TitleCover(picture: nil))
        XCTAssertEqual(plainLines, [])
    }

    func testFiguresAttributeMakesAKeyFiguresPanel() {
        let blocks = read("{.figures}\n| 总投资<br>Total investment | 用地<br>Land |\n| --- | --- |\n| 6 亿元 | 120 亩 |").document.blocks
        guard case let .table(table)? = blocks.first else { return XCTFail("\(blocks)") }
        XCTAssertTrue(table.isKeyFigures)
        XCTAssertEqual(table.rows.map { $0.map(\.content.plainText) }, [["总投资\nTotal investment", "用地\nLand"], ["6 亿元", "120 亩"]])
        // Only a table of labels and one row of figures is a panel.
        let two = read("{.figures}\n| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |")
        XCTAssertEqual(two.diagnostics.map(\.message), ["属性行“{.figures}”不适用于该块，按原文保留"])
    }

    func testSignatureFromTableColumns() {
        let markdown = "{.signature}\n| 甲方（盖章）：某县人民政府 | 乙方：某公司 |\n|---|---|\n| 代表（签字）： | 代表（签字）： |\n| 日期： |  |"
        XCTAssertEqual(read(markdown).document.blocks, [
            .signatureBlock([
                SignatureParty(role: "甲方（盖章）", name: "某县人民政府", lines: ["代表（签字）：", "日期："]),
                SignatureParty(role: "乙方", name: "某公司", lines: ["代表（签字）："]),
            ]),
        ])
    }

    func testSignatureFromBulletList() {
        let markdown = "{.signature}\n- 甲方：某县人民政府\n  日期：\n- Party B: Example Ltd."
        XCTAssertEqual(read(markdown).document.blocks, [
            .signatureBlock([
                SignatureParty(role: "甲方", name: "某县人民政府", lines: ["日期："]),
                SignatureParty(role: "Party B", name: "Example Ltd.", lines: []),
            ]),
        ])
    }

    func testUnknownOrUnusableAttributesStayAsTextWithWarnings() {
        let result = read("{.fancy}\n\n段落\n\n{.signature}\n\n# 标题\n\n{.title}")
        XCTAssertEqual(result.document.blocks, [
            .paragraph([.text("{.fancy}")]), .paragraph([.text("段落")]),
            .paragraph([.text("{.signature}")]), .heading(level: 1, content: [.text("标题")]),
            .paragraph([.text("{.title}")]),
        ])
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "a.md:1:1: warning: 未知的属性“.fancy”（支持 .title、.cover、.signature、.figures），按原文保留",
            "a.md:5:1: warning: 属性行“{.signature}”不适用于该块，按原文保留",
            "a.md:9:1: warning: 属性行“{.title}”后面没有可应用的块，按原文保留",
        ])
    }

    func testAttributeUnderAnItemNeverReplacesItsArticle() {
        let result = read("第一条　内容\n（一）子项\n{.title}")
        XCTAssertEqual(result.document.blocks, [
            .clause(label: "第一条", content: [.text("内容")], children: [.clause(label: "（一）", content: [.text("子项")], children: [])]),
            .paragraph([.text("{.title}")]),
        ])
        XCTAssertEqual(result.diagnostics.map(\.description), ["a.md:3:1: warning: 属性行“{.title}”后面没有可应用的块，按原文保留"])
    }

    func testArticlesAndItemsBecomeClauses() {
        let markdown = "第一条　总则内容。\n\n第二条 项目情况：\n（一）名称；\n（二）地点。\n\n第三条的规定另行约定。"
        XCTAssertEqual(read(markdown).document.blocks, [
            .clause(label: "第一条", content: [.text("总则内容。")], children: []),
            .clause(label: "第二条", content: [.text("项目情况：")], children: [
                .clause(label: "（一）", content: [.text("名称；")], children: []),
                .clause(label: "（二）", content: [.text("地点。")], children: []),
            ]),
            .paragraph([.text("第三条的规定另行约定。")]),
        ])
    }

    func testBoldArticleLabelKeepsFormattingOfTheRest() {
        XCTAssertEqual(read("**第十二条**　*争议*解决").document.blocks, [
            .clause(label: "第十二条", content: [.italic([.text("争议")]), .text("解决")], children: []),
        ])
    }

    func testArticleReferenceInsideParagraphDoesNotSplitIt() {
        XCTAssertEqual(read("依照本协议\n第三条的规定执行。").document.blocks, [.paragraph([.text("依照本协议第三条的规定执行。")])])
    }

    func testLocalImagesLoadRelativeToBaseDirectoryAndSplitParagraphs() throws {
        let result = read("前文![区位图](site-plan.png)后文", base: Fixtures.corpus)
        let png = try Fixtures.data("site-plan.png")
        XCTAssertEqual(result.document.blocks, [
            .paragraph([.text("前文")]), .image(Image(data: png, format: .png, altText: "区位图")), .paragraph([.text("后文")]),
        ])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testImageSizeAttributes() throws {
        let png = try Fixtures.data("site-plan.png")
        let result = read("![图](site-plan.png){width=60mm} ![图](site-plan.png){height=2in width=100px}", base: Fixtures.corpus)
        XCTAssertEqual(result.document.blocks, [
            .image(Image(data: png, format: .png, widthPoints: 60 * 72 / 25.4, altText: "图")),
            .image(Image(data: png, format: .png, widthPoints: 75, heightPoints: 144, altText: "图")),
        ])
        let unknown = read("![图](site-plan.png){width=60furlong} ![图](site-plan.png){.wide}", base: Fixtures.corpus).document.blocks
        XCTAssertEqual(unknown, [
            .image(Image(data: png, format: .png, altText: "图")), .paragraph([.text("{width=60furlong} ")]),
            .image(Image(data: png, format: .png, altText: "图")), .paragraph([.text("{.wide}")]),
        ])
    }

    func testDataURIImages() throws {
        let png = try Fixtures.data("site-plan.png")
        let result = read("![图](data:image/png;base64,\(png.base64EncodedString()))")
        XCTAssertEqual(result.document.blocks, [.image(Image(data: png, format: .png, altText: "图"))])
    }

    func testImagesThatCannotBeLoadedStayAsTextWithWarnings() {
        let result = read("![缺](missing.png) ![远](https://x.cn/a.png) ![假](data:image/png;base64,AAAA) ![文](tables.md)", base: Fixtures.corpus)
        XCTAssertEqual(result.document.blocks, [.paragraph([.text("![缺](missing.png) ![远](https://x.cn/a.png) ![假](data:image/png;base64,AAAA) ![文](tables.md)")])])
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "a.md:1:1: warning: 图片“missing.png”不在文档所在目录内、不存在或无法读取，按原文保留",
            "a.md:1:19: warning: 不下载网络图片“https://x.cn/a.png”，按原文保留",
            "a.md:1:44: warning: “data:image/png;base64,AAAA”不是有效的 PNG 或 JPEG 图片",
            "a.md:1:77: warning: “tables.md”不是有效的 PNG 或 JPEG 图片",
        ])
    }

    func testWarningsInEnglish() {
        let result = MarkdownReader(fileName: "a.md", language: .en).read("x\n\n![图](a.png)")
        XCTAssertEqual(result.diagnostics.map(\.description), ["a.md:3:1: warning: no base directory for images; 'a.png' kept as text"])
    }
}

/// A cover's picture survives `convert` to Markdown: it is written as a line of its own with
/// its bytes inline, and the reader takes a `data:` picture of any length back.
final class MarkdownCoverPictureTests: XCTestCase {
    private let png = try! Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Examples/projects/images/mohan-cold-chain-cover.png").standardizedFileURL)

    func testTheCoverPictureIsWrittenAndReadBack() throws {
        let picture = Image(data: png, format: .png, altText: "外景")
        let document = Document(blocks: [.titlePage(title: [.text("某某项目")], subtitle: [.text("项目推介")], lines: [[.text("某某县")]], cover: TitleCover(picture: picture)),
                                         .paragraph([.text("正文。")])])
        let markdown = MarkdownWriter().write(document)
        XCTAssertGreaterThan(png.base64EncodedString().count, 2048, "the picture is longer than an ordinary link may be")
        XCTAssertTrue(markdown.hasPrefix("{.cover}\n某某项目\n项目推介\n![外景](data:image/png;base64,"), String(markdown.prefix(200)))
        let read = MarkdownReader().read(markdown)
        XCTAssertTrue(read.diagnostics.isEmpty, "\(read.diagnostics)")
        guard case let .titlePage(title, subtitle, lines, cover?) = read.document.blocks.first else { return XCTFail("\(read.document.blocks)") }
        XCTAssertEqual(title, [.text("某某项目")])
        XCTAssertEqual(subtitle, [.text("项目推介")])
        XCTAssertEqual(lines, [[.text("某某县")]])
        XCTAssertEqual(cover.picture?.data, png)
        XCTAssertEqual(cover.picture?.altText, "外景")
    }

    func testALongDataPictureIsAFigureAndAnUnclosedOneStaysText() {
        let source = "data:image/png;base64," + png.base64EncodedString()
        let figure = MarkdownReader().read("![图](\(source))\n").document.blocks
        guard case let .image(image)? = figure.first else { return XCTFail("\(figure)") }
        XCTAssertEqual(image.data, png)
        // Without its closing parenthesis the text is kept as it was written.
        let unclosed = MarkdownReader().read("![图](\(source) 后文\n").document.blocks
        guard case let .paragraph(content)? = unclosed.first else { return XCTFail("\(unclosed)") }
        XCTAssertTrue(content.plainText.hasPrefix("![图](data:image/png;base64,"), String(content.plainText.prefix(80)))
    }
}
