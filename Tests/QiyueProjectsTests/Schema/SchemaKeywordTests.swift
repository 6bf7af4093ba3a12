import QiyueCore
import XCTest
@testable import QiyueProjects

/// Each supported keyword on a minimal schema, so the interpreter is tested beyond the
/// keywords the project schema happens to use today.
final class SchemaKeywordTests: XCTestCase {
    private func messages(_ schema: String, _ instance: String) throws -> [String] {
        let validator = SchemaValidator(schema: try JSONSchema(text: schema))
        return validator.validate(try JSONParser.parse(instance)).findings.map { $0.text(in: .en) }
    }

    func testEnumAndConstCompareJSONValues() throws {
        XCTAssertEqual(try messages(#"{"enum": [1, "a", null]}"#, "1.0"), [])
        XCTAssertEqual(try messages(#"{"enum": [1, "a", null]}"#, "2"), ["/: expected one of 1, \"a\", null, found 2"])
        XCTAssertEqual(try messages(#"{"const": {"a": [1, 2]}}"#, #"{"a": [1.0, 2]}"#), [])
        XCTAssertEqual(try messages(#"{"const": "x"}"#, #""y""#), ["/: expected \"x\", found \"y\""])
    }

    func testLengthsItemsAndBounds() throws {
        XCTAssertEqual(try messages(#"{"minLength": 3, "maxLength": 5}"#, #""ab""#), ["/: expected at least 3 characters"])
        XCTAssertEqual(try messages(#"{"maxLength": 2}"#, #""三个字""#), ["/: expected at most 2 characters"])
        XCTAssertEqual(try messages(#"{"minItems": 2, "items": {"type": "integer"}}"#, "[1.5]"), ["/: expected at least 2 items", "/0: expected an integer, found 1.5"])
        XCTAssertEqual(try messages(#"{"maxItems": 1}"#, "[1, 2]"), ["/: expected at most 1 item"])
        XCTAssertEqual(try messages(#"{"minimum": 1}"#, "0"), ["/: expected a number of at least 1, found 0"])
        XCTAssertEqual(try messages(#"{"exclusiveMaximum": 10}"#, "10"), ["/: expected a number less than 10, found 10"])
    }

    func testFalseSchemaAndSchemaValuedAdditionalProperties() throws {
        XCTAssertEqual(try messages(#"{"properties": {"a": false}}"#, #"{"a": 1}"#), ["/a: is not allowed here"])
        XCTAssertEqual(try messages(#"{"additionalProperties": {"type": "string"}}"#, #"{"a": "x", "b": 2}"#), ["/b: expected a string, found 2"])
    }

    func testPatternWithoutHintAndTypeLists() throws {
        XCTAssertEqual(try messages(#"{"pattern": "^a"}"#, #""ba""#), ["/: \"ba\" does not match the pattern ^a"])
        XCTAssertEqual(try messages(#"{"type": ["string", "null"]}"#, "true"), ["/: expected a string or null, found true"])
    }

    func testAnyOfWithoutABranchOfTheValuesType() throws {
        XCTAssertEqual(try messages(#"{"anyOf": [{"type": "string"}, {"type": "array"}]}"#, "{}"), ["/: expected a string or an array, found an object"])
        XCTAssertEqual(try messages(#"{"anyOf": [{"type": "string"}, {"type": "array"}]}"#, "[]"), [])
    }

    func testLongStringsAreShortenedInMessages() throws {
        let long = String(repeating: "长", count: 50)
        XCTAssertEqual(try messages(#"{"type": "number"}"#, "\"\(long)\""), ["/: expected a number, found \"\(String(repeating: "长", count: 40))…\""])
    }

    func testCyclicReferencesTerminate() throws {
        XCTAssertEqual(try messages(##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/a"}}}"##, "1"), [])
        XCTAssertEqual(try messages(##"{"$ref": "#/$defs/a", "$defs": {"a": {"type": "string"}}}"##, "1"), ["/: expected a string, found 1"])
    }
}
