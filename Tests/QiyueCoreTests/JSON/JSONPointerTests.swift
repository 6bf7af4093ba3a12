import XCTest
@testable import QiyueCore

final class JSONPointerTests: XCTestCase {
    func testEscapesAndUnescapesTokens() {
        let pointer = JSONPointer(["a/b", "c~d", "0"])
        XCTAssertEqual(pointer.rawValue, "/a~1b/c~0d/0")
        XCTAssertEqual(JSONPointer(parsing: "/a~1b/c~0d/0"), pointer)
    }

    func testRootIsEmptyButShownAsSlash() {
        XCTAssertEqual(JSONPointer.root.rawValue, "")
        XCTAssertEqual(JSONPointer.root.description, "/")
        XCTAssertEqual(JSONPointer(parsing: ""), .root)
        XCTAssertNil(JSONPointer(parsing: "land"))
    }

    func testNavigatesObjectsAndArrays() throws {
        let node = try JSONParser.parse(#"{"contacts": [{"name": "李明"}], "a/b": 1}"#)
        XCTAssertEqual(node.string(at: "/contacts/0/name"), "李明")
        XCTAssertEqual(node.number(at: "/a~1b"), 1)
        XCTAssertNil(node.node(at: "/contacts/1"))
        XCTAssertNil(node.node(at: "/contacts/x"))
        XCTAssertEqual(JSONPointer(["land"]).appending("area_mu").parent, JSONPointer(["land"]))
    }
}
