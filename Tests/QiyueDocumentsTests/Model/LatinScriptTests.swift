import QiyueDocuments
import XCTest

/// Which lines writers treat as English: Latin words and not one Chinese or full-width character.
final class LatinScriptTests: XCTestCase {
    func testEnglishLinesAreLatin() {
        for text in ["Project Overview", "RMB 600 million", "120 mu (80,000 m²)", "Pu'er Industrial Park, Simao District", "Café Über"] {
            XCTAssertTrue(text.isLatinScript, text)
        }
    }

    func testChineseNumbersAndMixedLinesAreNot() {
        for text in ["项目概况", "项目推介 Investment Opportunity", "120 亩", "2025-09-30", "+86 879 2123456", "RMB６００", "", "A"] {
            XCTAssertFalse(text.isLatinScript, text)
        }
    }

    func testLinesSplitAtLineBreaks() {
        let content: [Inline] = [.text("项目概况"), .lineBreak, .bold([.text("Project")]), .text(" Overview")]
        XCTAssertEqual(content.lines, [[.text("项目概况")], [.bold([.text("Project")]), .text(" Overview")]])
        XCTAssertFalse(content.isLatinScript)
        XCTAssertTrue(content.lines[1].isLatinScript)
        // A break inside bold splits the bold: each line keeps its formatting.
        XCTAssertEqual([Inline.bold([.text("交通区位"), .lineBreak, .text("Transport")])].lines, [[.bold([.text("交通区位")])], [.bold([.text("Transport")])]])
    }
}
