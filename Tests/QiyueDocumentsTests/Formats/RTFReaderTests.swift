import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

final class RTFReaderTests: XCTestCase {
    /// Reads `rtf` with every non-ASCII character written as RTF writes it, `\uN?`.
    private func text(_ rtf: String) throws -> ExtractedText {
        try RTFReader().readText(Self.escaped(rtf))
    }

    static func escaped(_ rtf: String) -> Data {
        var escaped = ""
        for unit in rtf.utf16 {
            escaped += unit < 0x80 ? String(UnicodeScalar(UInt8(unit))) : "\\u\(Int16(bitPattern: unit))?"
        }
        return Data(escaped.utf8)
    }

    func testGBKBytesInTheDocumentCodePageAndSkippedDestinations() throws {
        let text = try RTFReader().readText(try FormatFixtures.data("gbk.rtf"))
        XCTAssertEqual(FormatFixtures.labelledLines(text), [
            "第1段@1: 投资合作协议",
            "第2段（第一条）@1: 第一条 甲方承诺土地出让价格为每亩5万元。",
            "第3段（第二条）@1: 第二条 乙方按期开工。",
        ])
    }

    func testUnicodeEscapesSkipTheirFallbackCharacters() throws {
        // \uc2 makes two fallback characters follow each \u; \uc0 none; a surrogate pair is one character.
        let text = try text(#"{\rtf1\ansi{\uc2\u31532\'b5\'da\u19968 ?? x}\u26465?\uc0\u-10179\u-8704 \par}"#)
        XCTAssertEqual(text.text, "第一 x条😀")
    }

    func testWesternCodePageHexBytesAndCharacterWords() throws {
        let text = try text(#"{\rtf1\ansi\ansicpg1252 caf\'e9\tab\ldblquote a\rdblquote\emdash b\~c\par}"#)
        XCTAssertEqual(text.text, "café\t\u{201C}a\u{201D}\u{2014}b\u{00A0}c")
    }

    func testHiddenTextFieldCodesAndStarDestinationsAreNotRead() throws {
        let rtf = #"{\rtf1{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}{\info{\title T}}{\*\bkmkstart x}"#
            + #"A{\v hidden}B{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt link}}{\pict\pngblip 89504e47}{\header head}C\par}"#
        XCTAssertEqual(try text(rtf).text, "ABlinkC")
    }

    func testBinaryDataIsSkippedWithoutBeingRead() throws {
        XCTAssertEqual(try text("{\\rtf1 A{\\*\\blob\\bin4 }}{}}B\\par}").text, "AB")
        XCTAssertEqual(try text("{\\rtf1 A\\bin3 {{{B\\par}").text, "AB")
    }

    func testLineBreakIsSoftAndParagraphsCountEmptyOnes() throws {
        let text = try text(#"{\rtf1 \pard 一\line 二\par\par\pard 三\par}"#)
        XCTAssertEqual(FormatFixtures.labelledLines(text), ["第1段@1: 一", "第1段@3: 二", "第3段@1: 三"])
        XCTAssertEqual(text.origins.map(\.continuesBlock), [false, false, false])
    }

    func testTableCellsAreLabelledByRowAndColumn() throws {
        let rtf = #"{\rtf1 前\par\trowd\cellx1000\cellx3000\pard\intbl 事项\cell 约定\cell\row"#
            + #"\trowd\cellx1000\cellx3000\pard\intbl 价格\cell\cell\row\pard 后\par}"#
        let text = try text(rtf)
        XCTAssertEqual(FormatFixtures.labelledLines(text), [
            "第1段@1: 前", "表格1 第1行 第1列@1: 事项", "表格1 第1行 第2列@1: 约定", "表格1 第2行 第1列@1: 价格", "第6段@1: 后",
        ])
        let document = try RTFReader().read(Self.escaped(rtf)).document
        guard case let .table(table)? = document.blocks.dropFirst().first else { return XCTFail("no table: \(document.blocks)") }
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.columnWidths, [1000, 2000])
    }

    func testFootnotesAreReadAfterTheBody() throws {
        let text = try text(#"{\rtf1 正文{\super\chftn}{\footnote\pard\plain{\super\chftn} 注释文字\par}继续\par}"#)
        XCTAssertEqual(FormatFixtures.labelledLines(text), ["第1段@1: 正文继续", "脚注1 第1段@2: 注释文字"])
    }

    func testHeadingStylesFromTheStyleSheet() throws {
        let rtf = #"{\rtf1{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}{\s7\outlinelevel1 Custom;}}"#
            + #"\pard\s1 标题\par\pard\s7 小节\par\pard\s0 正文\par}"#
        let blocks = try RTFReader().read(Self.escaped(rtf)).document.blocks
        XCTAssertEqual(blocks.count, 3)
        guard case let .heading(level, _)? = blocks.first, case let .heading(second, _) = blocks[1] else { return XCTFail("\(blocks)") }
        XCTAssertEqual([level, second], [1, 2])
    }

    func testLibreOfficeDraftReadsLikeItsDocx() throws {
        let text = try RTFReader().readText(try FormatFixtures.data("draft.rtf"))
        let lines = text.text.split(separator: "\n")
        XCTAssertEqual(lines.first, "绿色铝精深加工项目投资协议（送审稿）")
        XCTAssertEqual(lines.count, 26)
        XCTAssertTrue(lines.contains("甲方承诺项目用地出让价格不超过每亩5万元，超出部分由甲方承担。"), "\(lines)")
        XCTAssertFalse(text.text.contains("\\"), "control words leaked into the text")
        XCTAssertFalse(text.text.contains("?"), "a \\uc fallback character leaked into the text")
    }

    /// The RTF LibreOffice saved from a DOCX reads, place for place, as that DOCX's body.
    func testLibreOfficeRTFReadsLikeItsDocx() throws {
        for name in ["draft", "table"] {
            let rtf = try RTFReader().readText(try FormatFixtures.data(name + ".rtf"))
            let docx = try DocxReader().readText(try FormatFixtures.data(name + ".docx"))
            XCTAssertEqual(FormatFixtures.labelledLines(rtf), FormatFixtures.bodyLines(docx), name)
        }
    }

    func testNotRTFAndHostileInputsAreErrorsNotCrashes() throws {
        assertReadError("not an RTF file") { try text("hello") }
        assertReadError("nested deeper than 256") { try text("{\\rtf1 " + String(repeating: "{", count: 100_000) + "x") }
        assertReadError("longer than 32 letters") { try text("{\\rtf1 \\" + String(repeating: "a", count: 40) + "}") }
        assertReadError("longer than 10 digits") { try text("{\\rtf1 \\u99999999999999 x}") }
        assertReadError("two hexadecimal digits") { try text("{\\rtf1 \\'zz}") }
        assertReadError("larger than 1 MiB") { try RTFReader(maximumSize: 1 << 20).readText(Data(count: 2 << 20)) }
        // A truncated file gives the text it has; extra closing braces end the document.
        XCTAssertEqual(try text("{\\rtf1 甲方\\par 乙方").text, "甲方\n乙方")
        XCTAssertEqual(try text("{\\rtf1 甲方\\par}}} 乙方\\par").text, "甲方")
    }

    func testLongInputIsReadInLinearTime() throws {
        let paragraph = #"\pard\plain{\f1\u31532?\u19968?\u26465? \'b5\'da text {\b bold}}\par"#
        let rtf = Data(("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f1\\fcharset134 x;}}" + String(repeating: paragraph, count: 20_000) + "}").utf8)
        var lines = 0
        assertFast(within: 10) { lines = (try? RTFReader().readText(rtf))?.origins.count ?? 0 }
        XCTAssertEqual(lines, 20_000)
    }
}
