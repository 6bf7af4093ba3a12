import XCTest
@testable import QiyueCore

final class DiagnosticPrinterTests: XCTestCase {
    func testHeadlineWithLocation() {
        let diagnostic = Diagnostic.error("未定义的变量", at: SourceLocation(file: "a.md", line: 3, column: 7))
        XCTAssertEqual(DiagnosticPrinter(language: .en).headline(diagnostic), "a.md:3:7: error: 未定义的变量")
        XCTAssertEqual(DiagnosticPrinter(language: .zh).headline(diagnostic), "a.md:3:7: 错误: 未定义的变量")
    }

    func testHeadlineWithoutLocation() {
        XCTAssertEqual(DiagnosticPrinter(language: .en).headline(.warning("careful")), "warning: careful")
    }

    func testCaretSitsUnderFullWidthCharacter() {
        // "甲方承诺" is four wide characters (8 columns) before the word 土地 at column 5.
        let line: Substring = "甲方承诺土地价格。"
        let diagnostic = Diagnostic.error("土地", at: SourceLocation(file: "c.txt", line: 1, column: 5), length: 2)
        let rendered = DiagnosticPrinter(language: .en).render(diagnostic, sourceLine: line)
        XCTAssertEqual(rendered, """
        c.txt:1:5: error: 土地
        甲方承诺土地价格。
                ^~~~

        """)
    }

    func testCaretAfterMixedWidthsAndTab() {
        let line: Substring = "\t第5条，ab价"
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "f", line: 1, column: 8))
        let rendered = DiagnosticPrinter(language: .en).render(diagnostic, sourceLine: line)
        // tab, 第(2) 5(1) 条(2) ，(2) a(1) b(1) then 价 at column 8.
        XCTAssertEqual(rendered.split(separator: "\n")[2], "\t         ^~")
    }

    func testNotesFollowTheExcerpt() {
        let diagnostic = Diagnostic.error("m", at: SourceLocation(file: "f", line: 1, column: 1), notes: ["依据：民法典", "建议：删除"])
        let rendered = DiagnosticPrinter(language: .zh).render(diagnostic, sourceLine: "abc")
        XCTAssertEqual(rendered, "f:1:1: 错误: m\nabc\n^\n注: 依据：民法典\n注: 建议：删除\n")
    }

    func testNotesWithTheirOwnPlaceNameIt() {
        let definition = SourceLocation(file: "f", line: 2, column: 1)
        let diagnostic = Diagnostic(
            severity: .warning, location: SourceLocation(file: "f", line: 9, column: 3), end: SourceLocation(file: "f", line: 9, column: 5),
            length: 2, message: "m", notes: [Diagnostic.Note("甲方：某某县人民政府", at: definition), "建议：删除"]
        )
        let rendered = DiagnosticPrinter(language: .zh).render(diagnostic, sourceLine: "甲方返还")
        XCTAssertEqual(rendered, "f:9:3: 警告: m\n甲方返还\n    ^~~~\nf:2:1: 注: 甲方：某某县人民政府\n注: 建议：删除\n")
        XCTAssertEqual(diagnostic.end?.column, 5)
    }

    func testPlainStringNotesStillBuildDiagnostics() {
        let remarks: [String] = ["一", "二"]
        var diagnostic = Diagnostic(severity: .note, location: nil, message: "m", notes: remarks)
        diagnostic.notes += ["三"]
        XCTAssertEqual(diagnostic.notes, ["一", "二", "三"])
        XCTAssertEqual(diagnostic.notes.map(\.location), [nil, nil, nil])
    }

    func testColouredOutputWrapsSeverity() {
        let printer = DiagnosticPrinter(language: .en, colored: true)
        XCTAssertEqual(printer.headline(.error("x")), "\u{1B}[1;31merror:\u{1B}[0m x")
    }

    func testLongLinesAreShownAsAWindowAroundTheSpan() {
        let line = Substring(String(repeating: "甲", count: 500) + "返还" + String(repeating: "乙", count: 500))
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "f", line: 1, column: 501), length: 2)
        let rendered = DiagnosticPrinter(language: .en).render(diagnostic, sourceLine: line).split(separator: "\n")
        XCTAssertEqual(rendered[1], "…" + String(repeating: "甲", count: 60) + "返还" + String(repeating: "乙", count: 98) + "…")
        XCTAssertEqual(rendered[2], String(repeating: " ", count: 1 + 120) + "^~~~")
    }

    func testLongLineWindowAtTheStartHasNoLeadingEllipsis() {
        let line = Substring("返还" + String(repeating: "a", count: 300))
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "f", line: 1, column: 1), length: 2)
        let rendered = DiagnosticPrinter(language: .en).render(diagnostic, sourceLine: line).split(separator: "\n")
        XCTAssertEqual(rendered[1], "返还" + String(repeating: "a", count: 158) + "…")
        XCTAssertEqual(rendered[2], "^~~~")
    }

    /// A message quoting a megabyte from the input keeps its start and its end, not its middle.
    func testOverlongMessageLosesItsMiddle() {
        let message = "unknown tag '" + String(repeating: "甲", count: 5_000) + "'"
        let headline = DiagnosticPrinter(language: .en).headline(.error(message, at: SourceLocation(file: "t.md", line: 1, column: 4)))
        XCTAssertEqual(headline, "t.md:1:4: error: unknown tag '" + String(repeating: "甲", count: 907) + "…" + String(repeating: "甲", count: 79) + "'")
        let short = String(repeating: "乙", count: 1_000)
        XCTAssertEqual(DiagnosticPrinter(language: .en).headline(.warning(short)), "warning: " + short)
        XCTAssertEqual(DiagnosticPrinter(language: .en).line(for: .init(message + "x")).count, "note: ".count + 1_001)
    }
}

