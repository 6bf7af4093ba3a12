import QiyueCore
import QiyueTemplate
import XCTest

/// JSON input: key order kept, numbers kept apart by kind, errors positioned by line and column.
final class TemplateValueJSONTests: XCTestCase {
    func testObjectKeysKeepFileOrder() throws {
        let value = try TemplateValue(json: #"{"zeta": 1, "alpha": 2, "中": 3}"#)
        guard case let .object(object) = value else { return XCTFail("not an object") }
        XCTAssertEqual(object.keys, ["zeta", "alpha", "中"])
    }

    func testIntegersAndFloatsStayApart() throws {
        XCTAssertEqual(try render("{{ a }} {{ b }} {{ c }}", #"{"a": 2, "b": 2.0, "c": 1e2}"#), "2 2.0 100.0")
    }

    func testEscapesAndSurrogatePairs() throws {
        XCTAssertEqual(try render("{{ s }}", #"{"s": "a\nb\u4e2d\ud83d\ude00\"/"}"#), "a\nb中😀\"/")
    }

    func testSyntaxErrorGivesLineAndColumn() {
        let json = "{\n  \"a\": 1,\n  \"b\": tru\n}"
        XCTAssertThrowsError(try TemplateValue(json: json, fileName: "data.json")) { error in
            let diagnostic = (error as? TemplateError)?.diagnostic
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "data.json", line: 3, column: 8))
            XCTAssertEqual(diagnostic?.message, "意外的字符“t”，应为一个值")
            XCTAssertEqual((error as? TemplateError)?.sourceLine, "  \"b\": tru")
        }
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertThrowsError(try TemplateValue(json: "{\"名称\": x}", fileName: "d.json", language: .en)) { error in
            let diagnostic = (error as? TemplateError)?.diagnostic
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "d.json", line: 1, column: 8))
            XCTAssertEqual(diagnostic?.message, "unexpected character 'x'; expected a value")
        }
    }

    func testTrailingGarbageAndLeadingZeros() {
        XCTAssertThrowsError(try TemplateValue(json: "{} x")) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "JSON 值结束后还有多余内容")
        }
        XCTAssertThrowsError(try TemplateValue(json: "[01]")) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.location?.column, 2)
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try TemplateValue(json: deep)) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "嵌套超过 200 层")
        }
    }

    func testLiterals() throws {
        let value: TemplateValue = ["name": "光伏", "amount": 12.5, "count": 3, "tags": ["a", nil, true]]
        XCTAssertEqual(try TemplateEnvironment(root: nil).template(source: "{{ name }} {{ amount }} {{ count }} {{ tags }}", name: "t").render(value),
                       "光伏 12.5 3 ['a', None, True]")
    }
}
