import QiyueTemplate
import XCTest

/// Printed values are escaped for the content type the template's name declares, so data
/// can never become Markdown, HTML or XML markup; `|safe` and macro output stay markup.
final class ContentEscapingTests: XCTestCase {
    private func markdown(_ source: String, _ data: TemplateValue, name: String = "t.md.jinja") throws -> String {
        try TemplateEnvironment(root: nil).template(source: source, name: name).render(data)
    }

    func testMarkdownInlineMarkupInDataIsEscaped() throws {
        let data: TemplateValue = ["x": "出让价**格为每亩8**万元，详见[附件](http://a.cn/x)、![图](p.png)、<b>粗</b>、<!-- 注 -->、&amp;、`码`、a_b_c、a|b"]
        XCTAssertEqual(
            try markdown("条款：{{ x }}\n", data),
            "条款：出让价\\*\\*格为每亩8\\*\\*万元，详见\\[附件\\](http://a.cn/x)、!\\[图\\](p.png)、\\<b\\>粗\\</b\\>、\\<!-- 注 --\\>、\\&amp;、\\`码\\`、a\\_b\\_c、a\\|b\n")
    }

    func testMarkdownBlockMarkersAreEscapedOnlyAtLineStart() throws {
        XCTAssertEqual(try markdown("{{ x }}\n", ["x": "# 标题"]), "\\# 标题\n")
        XCTAssertEqual(try markdown("{{ x }}\n", ["x": "- 一项"]), "\\- 一项\n")
        XCTAssertEqual(try markdown("{{ x }}\n", ["x": "1. 第一"]), "1\\. 第一\n")
        XCTAssertEqual(try markdown("{{ x }}\n", ["x": "{.signature}"]), "\\{.signature}\n")
        XCTAssertEqual(try markdown("> {{ x }}\n", ["x": "# 标题"]), "> \\# 标题\n")
        XCTAssertEqual(try markdown("面积{{ x }}亩\n", ["x": "12.5"]), "面积12.5亩\n")
        XCTAssertEqual(try markdown("编号：{{ x }}\n", ["x": "WS-2025-01"]), "编号：WS-2025-01\n")
        // A line feed inside the value starts a line of its own, which is escaped as one.
        XCTAssertEqual(try markdown("说明：{{ x }}\n", ["x": "第一行\n# 第二行\n---"]), "说明：第一行\n\\# 第二行\n\\---\n")
    }

    func testNumbersArePrintedAsTheyAre() throws {
        XCTAssertEqual(try markdown("{{ a }}、{{ b }}\n{{ b }}\n{{ c }}\n", ["a": 12.5, "b": -3, "c": "#1"]), "12.5、-3\n-3\n#1\n")
    }

    func testSafeMacrosAndCapturesStayMarkup() throws {
        XCTAssertEqual(try markdown("{{ '**粗**'|safe }} {{ '**粗**' }}\n", [:]), "**粗** \\*\\*粗\\*\\*\n")
        let macro = "{% macro b(t) %}**{{ t }}**{% endmacro %}{{ b(x) }}\n"
        XCTAssertEqual(try markdown(macro, ["x": "a*b"]), "**a\\*b**\n")
        let block = "{% set s %}*{{ x }}*{% endset %}{{ s }}\n"
        XCTAssertEqual(try markdown(block, ["x": "_"]), "*\\_*\n")
        // Markup joined with text escapes the text, as Jinja2's Markup does for HTML.
        XCTAssertEqual(try markdown("{{ '**'|safe ~ x }} {{ ('**'|safe) + x }}\n", ["x": "*"]), "\\*\\*\\* **\\*\n")
    }

    func testEscapeFilterUsesTheTemplatesContentType() throws {
        XCTAssertEqual(try markdown("{{ x|e }}\n", ["x": "<*>"]), "\\<\\*\\>\n")
        XCTAssertEqual(try markdown("{{ x|e }}\n", ["x": "<*>"], name: "t.html"), "&lt;*&gt;\n")
        XCTAssertEqual(try markdown("{{ x|e }}\n", ["x": "<*>"], name: "t.txt"), "&lt;*&gt;\n")
        XCTAssertEqual(try markdown("{{ x|join(', ') }}\n", ["x": ["*", "_"]]), "\\*, \\_\n")
    }

    func testXMLEscapesMarkupAndDropsCharactersXMLCannotHold() throws {
        XCTAssertEqual(
            try markdown("<w:t>{{ x }}</w:t>", ["x": "A&B <c> \"d\" 'e' **"], name: "document.xml"),
            "<w:t>A&amp;B &lt;c&gt; &quot;d&quot; 'e' **</w:t>")
        // A value pasted from a spreadsheet with a control character must not make the part unreadable.
        XCTAssertEqual(try markdown("<w:t>{{ x }}</w:t>", ["x": "甲\u{01}乙\u{FFFF}"], name: "document.xml"), "<w:t>甲乙</w:t>")
        XCTAssertEqual(try markdown("{{ '<w:br/>'|safe }}", [:], name: "document.xml"), "<w:br/>")
    }
}
