import QiyueCore
import XCTest
@testable import QiyueReview

/// The review's outcome carries the party table the engine read, so a caller (the redline's
/// model clauses) need not read the preamble again; it is the table the detector gives.
final class OutcomePartiesTests: XCTestCase {
    private let engine = ClauseReview.engine

    private func detected(_ text: String) -> PartyTable {
        let normalized = NormalizedText(text)
        return PartyDetector.detect(in: normalized, structure: DocumentStructure(normalized))
    }

    func testTheOutcomeHoldsTheDetectedParties() {
        let texts = [
            "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n第一条 甲方为乙方提供连带责任担保。\n",
            "甲方：某某实业有限公司（以下简称“某某实业”）\n乙方：某某县人民政府\n\n第一条 乙方保证甲方的投资本金不受损失。\n",
            "第一条 甲方按每亩8万元返还土地出让金。\n",
        ]
        for text in texts {
            let outcome = engine.outcome(ExtractedText(text: text))
            XCTAssertEqual(outcome.parties, detected(text), text)
        }
    }

    func testReversedRolesAreVisibleInTheOutcome() {
        let parties = engine.outcome(ExtractedText(text: "甲方：某某实业有限公司\n乙方：某某县人民政府\n\n第一条 乙方保证甲方的投资本金不受损失。\n")).parties
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
        XCTAssertFalse(parties.parties.isEmpty)
        // Without a preamble the table is empty and the convention holds.
        let bare = engine.outcome(ExtractedText(text: "第一条 甲方按每亩8万元返还土地出让金。\n")).parties
        XCTAssertTrue(bare.parties.isEmpty)
        XCTAssertEqual(bare.side(ofRole: "甲方"), .government)
    }
}
