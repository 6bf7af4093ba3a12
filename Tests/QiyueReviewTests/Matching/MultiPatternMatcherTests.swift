import XCTest
@testable import QiyueReview

/// The automaton finds exactly what a naive search for every term finds.
final class MultiPatternMatcherTests: XCTestCase {
    func matches(_ terms: [String], in text: String) -> [String] {
        let matcher = MultiPatternMatcher(terms: terms.map { Array($0.utf16) })
        var found: [String] = []
        let units = Array(text.utf16)
        matcher.scan(units) { term, start, end in
            found.append("\(terms[term])@\(start)-\(end)")
        }
        return found
    }

    /// At one end position the longer term comes first, then the terms it ends with.
    func testOverlappingAndNestedTerms() {
        XCTAssertEqual(matches(["担保", "反担保", "保函", "担保函"], in: "出具反担保函"),
                       ["反担保@2-5", "担保@3-5", "担保函@3-6", "保函@4-6"])
    }

    func testChineseTermsInsideLongerWordsAreFoundWithoutWordBoundaries() {
        XCTAssertEqual(matches(["返还"], in: "土地出让金返还"), ["返还@5-7"])
    }

    func testAgreesWithNaiveSearchOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("土地出让金返还税担保甲乙方")
        for _ in 0..<200 {
            let terms = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let text = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let units = Array(text.utf16)
            var expected: [String] = []
            for end in 0...units.count {
                for (number, term) in terms.enumerated() {
                    let termUnits = Array(term.utf16)
                    if end >= termUnits.count, Array(units[(end - termUnits.count)..<end]) == termUnits,
                       !terms[..<number].contains(term) {
                        expected.append("\(term)@\(end - termUnits.count)-\(end)")
                    }
                }
            }
            let unique = Array(Set(terms))
            let found = matches(unique, in: text)
            XCTAssertEqual(Set(found), Set(expected), "terms \(terms) text \(text)")
            XCTAssertEqual(found.count, expected.count)
        }
    }
}
