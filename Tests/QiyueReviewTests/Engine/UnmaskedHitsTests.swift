import XCTest
@testable import QiyueReview

/// Dropping the hits inside a mask keeps exactly what the plain two-filter version keeps.
final class UnmaskedHitsTests: XCTestCase {
    func reference(_ hits: [TermHit], pack: CompiledPack) -> [TermHit] {
        let masks = hits.filter { pack.kinds[Int($0.term)].contains(.mask) || pack.kinds[Int($0.term)].contains(.mention) }
        guard !masks.isEmpty else { return hits }
        var maskIndex = 0
        return hits.filter { hit in
            let kind = pack.kinds[Int(hit.term)]
            if kind.contains(.mask) || kind.contains(.mention) { return true }
            while maskIndex < masks.count, masks[maskIndex].end <= hit.start { maskIndex += 1 }
            var index = maskIndex
            while index < masks.count, masks[index].start <= hit.start {
                if hit.end <= masks[index].end, hit.term != masks[index].term { return false }
                index += 1
            }
            return true
        }
    }

    func testAgreesWithTheTwoFilters() throws {
        let pack = CompiledPack(try RulePack.builtIn())
        let masking = pack.kinds.indices.filter { pack.kinds[$0].contains(.mask) || pack.kinds[$0].contains(.mention) }
        let plain = pack.kinds.indices.filter { !(pack.kinds[$0].contains(.mask) || pack.kinds[$0].contains(.mention)) }
        XCTAssertFalse(masking.isEmpty)
        XCTAssertFalse(plain.isEmpty)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            var hits = (0..<Int.random(in: 0...30, using: &generator)).map { _ -> TermHit in
                let start = Int32.random(in: 0...40, using: &generator)
                let term = Bool.random(using: &generator) ? masking.randomElement(using: &generator)! : plain.randomElement(using: &generator)!
                return TermHit(term: Int32(term), start: start, end: start + Int32.random(in: 1...6, using: &generator))
            }
            DocumentAnalysis.sortByStart(&hits)
            XCTAssertEqual(DocumentAnalysis.unmasked(hits, pack: pack), reference(hits, pack: pack))
        }
    }
}
