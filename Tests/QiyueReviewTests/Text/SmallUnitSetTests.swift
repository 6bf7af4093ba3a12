import XCTest
@testable import QiyueReview

/// The value-searched unit sets answer exactly as the lexicon's sets they are made from.
final class SmallUnitSetTests: XCTestCase {
    func testAgreesWithTheSetForEveryUnit() {
        let sets = [Lexicon.adjacentNegators, Lexicon.denyingUnits, Lexicon.negationBarriers, Lexicon.exceptionCompounds, Lexicon.phraseBreaks, [], [0, 64, 0xFFFF]]
        for members in sets {
            let small = SmallUnitSet(members)
            for unit in UInt16.min...UInt16.max where small.contains(unit) != members.contains(unit) {
                XCTFail("unit \(unit) in \(members.sorted())")
            }
        }
    }

    func testTheEngineUsesTheLexiconsMembers() {
        XCTAssertEqual(Set(ReviewEngine.denyingUnits.units), Lexicon.denyingUnits)
        XCTAssertEqual(Set(ReviewEngine.phraseBreaks.units), Lexicon.phraseBreaks)
    }
}
