import XCTest
@testable import QiyueReview

/// A finding cites the basis entries that fit the promise it read, and names that promise.
final class BasisFitTests: XCTestCase {
    func finding(_ clause: String) throws -> Finding {
        try XCTUnwrap(ClauseReview.findings(clause).first { $0.severity == .error })
    }

    func citations(_ finding: Finding) -> [String] { finding.review.basis.map(\.citation) }

    /// A power price held down with the government paying the excess is a selective subsidy of
    /// a factor of production: the budget law's guarantee and borrowing bans do not fit it.
    func testFactorPricePromiseDoesNotCiteTheBudgetLawsGuaranteeBan() throws {
        let power = try finding("甲方保证乙方生产用电价格不高于每千瓦时0.35元，超出部分由甲方补贴。")
        XCTAssertEqual(power.frame?.base, "用电价格")
        XCTAssertFalse(citations(power).contains { $0.hasPrefix("《中华人民共和国预算法》") }, "\(citations(power))")
        XCTAssertTrue(citations(power).contains("《公平竞争审查条例》（国务院令第783号）第十条"), "\(citations(power))")
        // A loss top-up of the investor's loan is still under the guarantee ban.
        let loan = try finding("乙方项目贷款到期无力偿还的，由甲方以财政资金代为偿还。")
        XCTAssertTrue(citations(loan).contains("《中华人民共和国预算法》第三十五条第四款"), "\(citations(loan))")
    }

    /// The explanation names giver and beneficiary with the promise; the frame holds base and measure.
    func testExplanationNamesTheFrame() throws {
        let reward = try finding("甲方按乙方缴纳增值税地方留成部分的80%给予乙方奖励。")
        XCTAssertEqual(reward.frame?.giver?.side, .government)
        XCTAssertEqual(reward.frame?.beneficiary?.side, .investor)
        XCTAssertEqual(reward.frame?.measure?.value, 0.8)
        XCTAssertTrue(reward.frame?.base?.contains("增值税") == true)
        let explanation = try XCTUnwrap(reward.review.explanation?.zh)
        XCTAssertTrue(explanation.hasPrefix("甲方（某某县人民政府） → 乙方（某某科技有限公司）："), explanation)
        XCTAssertTrue(explanation.contains("80%"), explanation)
    }

    /// 企业所得税 names a tax: the 企业 inside it is not the party who gives.
    func testTaxNamedAfterEnterprisesIsNoParty() throws {
        let exemption = try finding("甲方对乙方企业所得税实行两免三减半。")
        XCTAssertEqual(exemption.frame?.giver?.text, "甲方")
        XCTAssertEqual(exemption.frame?.beneficiary?.text, "乙方")
    }
}
