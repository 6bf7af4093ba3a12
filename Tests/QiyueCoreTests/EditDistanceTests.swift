import XCTest
@testable import QiyueCore

final class EditDistanceTests: XCTestCase {
    func testDistances() {
        XCTAssertEqual(EditDistance.between("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.between("", "abc"), 3)
        XCTAssertEqual(EditDistance.between("审查", "审核"), 1)
        XCTAssertEqual(EditDistance.between("hlep", "help"), 1)
        XCTAssertEqual(EditDistance.between("ca", "abc"), 3)
    }

    func testClosestSuggestsTyposOnly() {
        XCTAssertEqual(EditDistance.closest(to: "reveiw", among: ["render", "review", "rules"]), "review")
        XCTAssertEqual(EditDistance.closest(to: "fromat", among: ["format", "output"]), "format")
        XCTAssertNil(EditDistance.closest(to: "zzzzzz", among: ["render", "review"]))
    }

    /// A word far longer than every name is rejected on its length alone, and a prefix is
    /// still suggested however far its length is from the name's.
    func testLengthBoundKeepsTheSuggestions() {
        XCTAssertNil(EditDistance.closest(to: String(repeating: "甲", count: 100_000), among: ["endif", "for", "if"]))
        XCTAssertEqual(EditDistance.closest(to: "fo", among: ["format", "foo"]), "foo")
        XCTAssertEqual(EditDistance.closest(to: "rev", among: ["reviewer"]), "reviewer")
        XCTAssertEqual(EditDistance.closest(to: "Reveiw", among: ["review"]), "review")
    }
}

