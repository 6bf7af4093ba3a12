import XCTest
import QiyueCore
@testable import QiyueProjects

/// Bad input must give bounded time and memory: one long line with many unknown fields
/// (each an error with a location) is checked in linear time.
final class HostileInputTests: XCTestCase {
    func testManyUnknownFieldsOnOneLine() throws {
        let count = 20_000
        let fields = (0..<count).map { "\"k\($0)\": \"值值值\"" }.joined(separator: ", ")
        let text = "{\"id\": \"a\", \"name\": \"名\", \"industry\": {\"code\": \"01\"}, \"location\": {\"prefecture\": \"普洱\"}, " + fields + "}"
        let start = Date()
        let file = try Fixture.project(text)
        let report = ProjectCheck().run(file)
        let unknown = report.validation.findings.filter { $0.code == "schema.unknown-field" }
        XCTAssertEqual(unknown.count, count)
        XCTAssertEqual(unknown.filter { $0.text(in: .en).contains("did you mean") }.count, 0)
        // The line is longer than 64 KiB, so columns count scalars; every character here is one scalar.
        let last = try XCTUnwrap(unknown.last)
        let prefix = text[..<text.range(of: "\"k\(count - 1)\"")!.lowerBound]
        XCTAssertEqual(file.location(ofByte: last.byteOffset!).column, prefix.count + 1)
        XCTAssertNil(file.sourceLine(1, maximumBytes: 4000))
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }

    func testSuggestionsStopAfterAHundredUnknownFields() throws {
        let fields = ["\"nmae\": 1"] + (0..<120).map { "\"x\($0)\": 1" } + ["\"nam\": 1"]
        let file = try Fixture.project("{\"id\": \"a\", \"industry\": {\"code\": \"01\"}, \"location\": {\"prefecture\": \"普洱\"}, " + fields.joined(separator: ", ") + "}")
        let unknown = ProjectValidator().validate(file).findings.filter { $0.code == "schema.unknown-field" }
        XCTAssertEqual(unknown.count, 122)
        XCTAssertEqual(unknown.first?.text(in: .en), "/nmae: unknown field \"nmae\"; did you mean \"name\"?")
        // "nam" would be suggested "name" too, but it is the 122nd unknown field of its object.
        XCTAssertEqual(unknown.last?.text(in: .en), "/nam: unknown field \"nam\"")
        XCTAssertEqual(try Fixture.project("{\"nam\": 1}").root.value.members?.count, 1)
        let single = ProjectValidator().validate(try Fixture.project("{\"id\": \"a\", \"industry\": {\"code\": \"01\"}, \"location\": {\"prefecture\": \"普洱\"}, \"nam\": 1}"))
        XCTAssertEqual(single.findings.first { $0.code == "schema.unknown-field" }?.text(in: .en), "/nam: unknown field \"nam\"; did you mean \"name\"?")
    }
}
