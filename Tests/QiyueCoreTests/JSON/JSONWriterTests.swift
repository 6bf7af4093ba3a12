import XCTest
@testable import QiyueCore

final class JSONWriterTests: XCTestCase {
    func testWritesInOrderWithReadableChinese() {
        let value: JSONValue = .object(["z": .string("文字\n\"引号\""), "a": .list([.number(1), .bool(true), .null]), "e": .object([:])])
        XCTAssertEqual(JSONWriter.string(value), """
        {
          "z": "文字\\n\\"引号\\"",
          "a": [
            1,
            true,
            null
          ],
          "e": {}
        }
        """)
    }

    func testEscapesControlCharacters() {
        XCTAssertEqual(JSONWriter.quoted("a\u{01}b\u{2028}"), "\"a\\u0001b\\u2028\"")
    }

    func testRoundTripsThroughTheParser() throws {
        let text = JSONWriter.string(.object(["k": .list([.string("值"), .number(0.5), .number(600000000)])]))
        let node = try JSONParser.parse(text)
        XCTAssertEqual(node.node(at: "/k/0")?.value.stringValue, "值")
        XCTAssertEqual(node.number(at: "/k/1"), 0.5)
        XCTAssertEqual(node.number(at: "/k/2"), 600000000)
        XCTAssertTrue(text.contains("600000000"))
    }
}
