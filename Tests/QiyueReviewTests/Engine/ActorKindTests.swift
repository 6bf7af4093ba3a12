import XCTest
@testable import QiyueReview

/// Kinds of actor the resolver once misread, each with a clause that must fire and a lawful
/// one with the same shape that must stay clean.
final class ActorKindTests: XCTestCase {
    static let engine = ReviewEngine(pack: try! RulePack.builtIn())

    func categories(_ clause: String) -> Set<RuleCategory> {
        let document = "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n\(clause)\n"
        return Set(Self.engine.review(text: document).filter { $0.severity >= .warning }.map(\.category))
    }

    /// 甲方同意在…后，… is 甲方's commitment with a time phrase, not a subordinate clause whose
    /// subject the next clause must not take: the promise after it is 甲方's.
    func testCommitmentWithATimePhraseKeepsItsParty() {
        XCTAssertEqual(categories("乙方通过挂牌方式取得土地使用权，甲方同意在乙方缴清出让价款后，按其所缴价款给予产业扶持。"), [.land])
        XCTAssertEqual(categories("乙方通过招拍挂取得项目用地，甲方承诺于乙方投产后，按乙方所缴土地出让金的50%给予奖励。"), [.land])
        // The investor's own commitment with a time phrase stays the investor's.
        XCTAssertEqual(categories("乙方应于甲方交地后，按出让合同约定支付土地出让金。"), [])
        XCTAssertEqual(categories("乙方同意在甲方完成交地后，按出让合同约定支付全部土地出让价款。"), [])
    }

    /// 企业发展金, 企业成长奖… name money: the 企业 inside them is no party taking the act.
    func testFundNamedAfterEnterprisesIsNoParty() {
        XCTAssertEqual(categories("管委会按照乙方缴纳土地出让金的同等数额，安排企业发展金注入乙方项目公司。"), [.land])
        XCTAssertEqual(categories("甲方根据乙方缴纳的土地出让金，以企业发展资金名义全额拨付乙方。"), [.land])
        // A real enterprise acting is still the investor.
        XCTAssertEqual(categories("乙方股东以自有资金向乙方项目公司注入资本金，用于缴纳土地出让金。"), [])
    }
}
