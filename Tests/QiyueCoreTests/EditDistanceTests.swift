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
}
