import QiyueCore
import QiyueTemplate
import XCTest

/// Errors name the template, line and column, say what is wrong and suggest what was meant.
final class DiagnosticTests: XCTestCase {
    func testUndefinedAttributeNamesFullPathAndSuggestsKey() {
        let error = renderError("标题\n金额：{{ project.amout }}\n", #"{"project": {"amount": 1, "name": "x"}}"#, name: "协议.md")
        XCTAssertEqual(error?.diagnostic.location, SourceLocation(file: "协议.md", line: 2, column: 7))
        XCTAssertEqual(error?.diagnostic.message, "未定义的变量“project.amout”")
        XCTAssertEqual(error?.diagnostic.notes, ["您是否想用“project.amount”？"])
        XCTAssertEqual(error?.diagnostic.length, "project.amout".count)
        XCTAssertEqual(error?.sourceLine, "金额：{{ project.amout }}")
    }

    func testUndefinedNameSuggestsNearestNamesInScope() {
        let error = renderError("{% set total = 1 %}{{ totl }}", #"{"totel": "x", "title": "y"}"#, language: .en)
        XCTAssertEqual(error?.diagnostic.message, "undefined variable 'totl'")
        XCTAssertEqual(error?.diagnostic.notes, ["did you mean 'total', 'totel'?"])
    }

    func testRenderedDiagnosticHasCaretUnderTheName() {
        let error = renderError("{{ missing }}", name: "a.md")
        XCTAssertEqual(error?.rendered(), "a.md:1:4: 错误: 未定义的变量“missing”\n{{ missing }}\n   ^~~~~~~\n")
    }

    func testUnknownFilterSuggestsNearest() {
        let error = renderError("line\n{{ amount | cny_uper }}", language: .en)
        XCTAssertEqual(error?.diagnostic.location?.line, 2)
        XCTAssertEqual(error?.diagnostic.location?.column, 13)
        XCTAssertEqual(error?.diagnostic.message, "unknown filter 'cny_uper'")
        XCTAssertEqual(error?.diagnostic.notes, ["did you mean 'cny_upper'?"])
    }

    func testUnknownFilterIsReportedAtCompileTime() {
        let environment = TemplateEnvironment(root: nil)
        XCTAssertThrowsError(try environment.template(source: "{% if false %}{{ x | nosuch }}{% endif %}", name: "t.md"))
    }

    func testUnclosedBlockNamesBlockAndWhereItOpened() {
        let error = renderError("a\n  {% for x in items %}\n{{ x }}\n", #"{"items": []}"#)
        XCTAssertEqual(error?.diagnostic.location, SourceLocation(file: "test.md", line: 2, column: 3))
        XCTAssertEqual(error?.diagnostic.message, "第 2 行打开的“for”块没有结束，缺少 “else”或“endfor”")
        let english = renderError("{% if a %}\n{% for x in y %}{% endif %}", language: .en)
        XCTAssertEqual(english?.diagnostic.message, "unexpected 'endif': the innermost open block is 'for' opened on line 2")
    }

    func testStrayEndTag() {
        XCTAssertEqual(renderError("x {% endif %}")?.diagnostic.message, "多余的“endif”：没有与之对应的开始标签")
    }

    func testUnknownTagSuggestsNearest() {
        let error = renderError("{% inclde 'x' %}", language: .en)
        XCTAssertEqual(error?.diagnostic.message, "unknown tag 'inclde'")
        XCTAssertEqual(error?.diagnostic.notes, ["did you mean 'include'?"])
    }

    func testSyntaxErrorPointsAtToken() {
        let error = renderError("{{ 1 + }}", language: .en)
        XCTAssertEqual(error?.diagnostic.location?.column, 8)
        XCTAssertEqual(error?.diagnostic.message, "unexpected '}}', expected an expression")
    }

    func testFilterErrorPointsAtFilter() {
        let error = renderError("{{ 'x' | cny_upper }}")
        XCTAssertEqual(error?.diagnostic.location?.column, 10)
    }

    func testErrorInIncludedTemplateIsPositionedThere() throws {
        let root = try TestSupportDirectory.make(["main.md": "a\n{% include 'part.md' %}\n", "part.md": "x\ny {{ nope }}\n"])
        defer { root.remove() }
        XCTAssertThrowsError(try TemplateEnvironment(root: root.url).template(named: "main.md").render([:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.location, SourceLocation(file: "part.md", line: 2, column: 6))
        }
    }

    func testDataMustBeAnObject() {
        XCTAssertThrowsError(try TemplateEnvironment(root: nil).template(source: "x", name: "t").render([1, 2])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "模板数据必须是 JSON 对象，而不是“list”")
        }
    }
}
