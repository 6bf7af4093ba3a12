import QiyueTestSupport
import XCTest
@testable import QiyueCore

final class JSONParserTests: XCTestCase {
    func testParsesEveryValueKindAndKeepsMemberOrder() throws {
        let node = try JSONParser.parse(#"{"z": 1, "a": [true, false, null], "m": "文字", "e": -1.5e2}"#)
        XCTAssertEqual(node.value.members?.map(\.key), ["z", "a", "m", "e"])
        XCTAssertEqual(node["z"]?.value.doubleValue, 1)
        XCTAssertEqual(node["a"]?.value.elements?.map(\.value), [.bool(true), .bool(false), .null])
        XCTAssertEqual(node["m"]?.value.stringValue, "文字")
        XCTAssertEqual(node["e"]?.value, .number(JSONNumber(literal: "-1.5e2", value: -150)))
    }

    func testRecordsByteOffsetsAndLengths() throws {
        let text = "{\n  \"area\": \"三百\"\n}"
        let node = try JSONParser.parse(text)
        let area = try XCTUnwrap(node["area"])
        XCTAssertEqual(area.offset, Array("{\n  \"area\": ".utf8).count)
        XCTAssertEqual(area.length, Array("\"三百\"".utf8).count)
        XCTAssertEqual(node.value.members?.first?.keyOffset, 4)
    }

    func testDecodesEscapesAndSurrogatePairs() throws {
        let node = try JSONParser.parse(#"["a\"b\\c\/d\n\t", "\u4e2d\u6587", "\ud83d\ude00"]"#)
        XCTAssertEqual(node.value.elements?.map { $0.value.stringValue }, ["a\"b\\c/d\n\t", "中文", "😀"])
    }

    func testKeepsDuplicateKeysAndReadsTheLast() throws {
        let node = try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        XCTAssertEqual(node.value.members?.count, 2)
        XCTAssertEqual(node["a"]?.value.doubleValue, 2)
    }

    func testSkipsByteOrderMark() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        XCTAssertEqual(node.offset, 3)
    }

    private func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    func testExplainsCommonMistakes() {
        let cases: [(String, Int, String)] = [
            ("{\"a\": 1,}", 8, "trailing comma before '}' (JSON does not allow trailing commas)"),
            ("[1, 2,]", 6, "trailing comma before ']' (JSON does not allow trailing commas)"),
            ("{\"a\": 1， \"b\": 2}", 7, "full-width '，' outside a string; use ','"),
            ("{\"a\"： 1}", 4, "full-width '：' outside a string; use ':'"),
            ("{\"a\": 1 // note\n}", 8, "JSON does not allow comments; put notes in a field starting with '_', such as \"_comment\""),
            ("{“a”: 1}", 1, "quote '“' is not valid; JSON strings and field names use straight double quotes \""),
            ("{'a': 1}", 1, "quote ''' is not valid; JSON strings and field names use straight double quotes \""),
            ("{\"a\": 三百}", 6, "unexpected character '三'; expected a value"),
            ("{\"a\" 1}", 5, "unexpected character '1'; expected ':' after the field name"),
            ("{\"a\": 1 \"b\": 2}", 8, "unexpected character '\"'; expected ',' or '}'"),
            ("{\"a\": \"x", 6, "unterminated string"),
            ("{\"a\": \"x\ny\"}", 8, "a line break inside a string; write \\n instead"),
            ("{\"a\": \"\\q\"}", 7, "invalid escape sequence; write a backslash as \\\\"),
            ("{\"a\": 012}", 6, "JSON numbers cannot have leading zeros"),
            ("{\"a\": 1.}", 8, "expected a digit after '.'"),
            ("{\"a\": tru}", 6, "unexpected character 't'; expected a value"),
            ("", 0, "the file is empty; expected a JSON object"),
            ("{\"a\": 1} x", 9, "unexpected text after the end of the JSON value"),
            ("{\"a\":", 5, "unexpected end of file; expected a value"),
            ("[\"\\ud800\"]", 2, "unpaired UTF-16 surrogate escape"),
        ]
        for (text, offset, message) in cases {
            let found = error(text)
            XCTAssertEqual(found?.message.en, message, text)
            XCTAssertEqual(found?.offset, offset, text)
        }
    }

    func testARecordOfAJSONLinesFileEndsWithItsLine() throws {
        for (text, zh, en) in [
            ("{\"a\":", "该行意外结束，缺少一个值", "unexpected end of the line; expected a value"),
            ("{\"a\": 1", "该行意外结束，应为逗号“,”或“}”", "unexpected end of the line; expected ',' or '}'"),
            ("  ", "该行为空，应为一个 JSON 对象", "the line is empty; expected a JSON object"),
        ] {
            do {
                _ = try JSONParser.parse(Array(text.utf8), as: .line)
                XCTFail("\(text) parsed")
            } catch {
                XCTAssertEqual(error.message.zh, zh, text)
                XCTAssertEqual(error.message.en, en, text)
            }
        }
        XCTAssertEqual(try JSONParser.parse(Array("{\"a\": 1}".utf8), as: .line)["a"]?.value.doubleValue, 1)
    }

    func testChineseMessages() {
        XCTAssertEqual(error("{\"a\": 1,}")?.message.zh, "“}”前多了一个逗号（JSON 不允许尾随逗号）")
        XCTAssertEqual(error("{\"a\": 1， \"b\": 2}")?.message.zh, "字符串外出现全角符号“，”，应为半角“,”")
    }

    func testRejectsInvalidUTF8InsideStrings() {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0xFF] + Array("\"]".utf8)
        XCTAssertThrowsError(try JSONParser.parse(bytes)) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.offset, 3)
            XCTAssertEqual((error as? JSONSyntaxError)?.message.en, "invalid UTF-8 (save the file as UTF-8)")
        }
    }

    func testLimitsNestingDepthInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(error(deep)?.message.en, "nesting deeper than 200 levels")
        let allowed = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        XCTAssertNil(error(allowed))
    }

    func testLargeFlatInputParsesInLinearTime() throws {
        let items = (0..<200_000).map { "{\"k\": \($0)}" }.joined(separator: ",")
        let start = ThreadCPUTime.now
        let node = try JSONParser.parse("[" + items + "]")
        XCTAssertEqual(node.value.elements?.count, 200_000)
        XCTAssertLessThan(ThreadCPUTime.now - start, 20)
    }
}
