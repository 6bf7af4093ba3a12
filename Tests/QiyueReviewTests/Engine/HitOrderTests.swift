import XCTest
@testable import QiyueReview

/// The hits of a scan come out in the order the stable sort by start, longest first, gives,
/// whether insertion finishes the work or hands it to the sort.
final class HitOrderTests: XCTestCase {
    func stableSorted(_ hits: [TermHit]) -> [TermHit] {
        hits.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if (a.start, b.end) < (b.start, a.end) { return true }
            if (b.start, a.end) < (a.start, b.end) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }

    func testScanOrderOfNestedTermsBecomesStartOrder() {
        let matcher = MultiPatternMatcher(terms: ["土地", "土地出让金", "出让金", "返还", "地出"].map { Array($0.utf16) })
        var hits: [TermHit] = []
        matcher.scan(Array("土地出让金返还土地".utf16)) { hits.append(TermHit(term: Int32($0), start: Int32($1), end: Int32($2))) }
        let expected = stableSorted(hits)
        DocumentAnalysis.sortByStart(&hits)
        XCTAssertEqual(hits.map { "\($0.term)@\($0.start)-\($0.end)" }, ["1@0-5", "0@0-2", "4@1-3", "2@2-5", "3@5-7", "0@7-9"])
        XCTAssertEqual(hits, expected)
    }

    /// Random hits in end order, many nested in one another and many equal (same span, other
    /// terms), so both the insertion and the fallback to the sort are exercised.
    func testAgreesWithTheStableSortOnRandomHits() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let reach = round < 150 ? 4 : 400
            var hits: [TermHit] = (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                let end = Int32.random(in: 1...500, using: &generator)
                let start = max(0, end - Int32.random(in: 1...Int32(reach), using: &generator))
                return TermHit(term: Int32.random(in: 0...3, using: &generator), start: start, end: end)
            }
            hits = hits.enumerated().sorted { ($0.element.end, $0.offset) < ($1.element.end, $1.offset) }.map(\.element)
            let expected = stableSorted(hits)
            DocumentAnalysis.sortByStart(&hits)
            XCTAssertEqual(hits, expected)
        }
    }
}
