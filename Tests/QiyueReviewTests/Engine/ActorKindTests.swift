import XCTest
@testable import QiyueReview

/// Kinds of actor and party word the engine once misread (a time phrase after a commitment,
/// a fund named after enterprises, a qualified party after a preposition, the tax authority
/// acting, a compound split across words), each with a clause that must fire and a lawful one
/// of the same shape that must stay clean.
final class ActorKindTests: XCTestCase {
    func categories(_ clause: String) -> Set<RuleCategory> {
        ClauseReview.categories(clause, atLeast: .warning)
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


    /// 向主管税务机关 is an object behind its qualifier, so the investor claiming the preference acts.
    func testQualifiedPartyAfterAPrepositionIsAnObject() {
        XCTAssertEqual(categories("乙方可以按照国家有关规定，向主管税务机关申请享受增值税、企业所得税等税收优惠。"), [])
        XCTAssertEqual(categories("乙方按照国家有关规定，向主管税务部门申请享受增值税等税收优惠。"), [])
        // The government promising the preference itself still fires.
        XCTAssertEqual(categories("甲方按照本县规定，对乙方免征五年房产税。"), [.tax])
    }

    /// The tax authority applying a national preference is the lawful channel, not a local rebate.
    func testTaxAuthorityApplyingANationalPreferenceIsLawful() {
        XCTAssertEqual(categories("乙方销售自行开发的软件产品，增值税实际税负超过百分之三的部分，依照国家软件产品增值税政策由税务机关实行即征即退。"), [])
        XCTAssertEqual(categories("乙方缴纳的增值税地方留成部分，由县财政局按50%返还乙方。"), [.tax])
    }

    /// 约定向出让人 is 约定 + 向出让人, not 定向出让.
    func testAgreedPaymentToTheGrantorIsNoDirectedSale() {
        XCTAssertEqual(categories("乙方逾期缴纳土地出让价款的，应依照出让合同约定向出让人支付违约金。"), [])
        XCTAssertEqual(categories("项目用地由甲方定向出让给乙方。"), [.land])
    }

    /// 不保证 denies the guarantee; 保障乙方… makes 乙方 the object of the government's promise.
    func testDeniedAndObjectGuarantees() {
        XCTAssertEqual(categories("乙方投资本项目的全部风险由乙方自行承担，甲方不保证乙方的任何投资收益。"), [])
        XCTAssertEqual(categories("甲方承诺每年给予不低于捌佰万元的运营补贴，以保障乙方项目投资收益率达到百分之六。"), [.guarantee])
    }
    /// A company named in full after a preposition (同意对和泰精细化工公司…) is the object: the
    /// mention is only the head 公司, so the preposition stands before the name.
    func testNamedCompanyAfterAPrepositionIsAnObject() {
        XCTAssertEqual(categories("会议同意对和泰精细化工公司已缴的土地出让金，按同等数额以产业扶持资金名义分两年拨付该公司。"), [.land])
        // The company as the subject of its own promise stays the investor.
        XCTAssertEqual(categories("和泰精细化工公司承诺按出让合同约定足额缴纳土地出让金。"), [])
    }

    /// A party word inside quotes that close before the act (以“企业发展扶持资金”名义拨付…) names
    /// a thing; a quote that holds the act (“甲方为乙方提供增信支持”) is a quoted promise.
    func testQuotedNamesAreNoPartyButQuotedPromisesAre() {
        XCTAssertEqual(categories("出让金缴入国库后，以“企业成长扶持资金”名义全额拨付乙方。"), [.land])
        XCTAssertEqual(categories("双方确认，原协议中“甲方为乙方提供担保”的表述改为“甲方为乙方提供增信支持”。"), [.guarantee])
        XCTAssertEqual(categories("乙方依照《中华人民共和国企业所得税法》的规定自行申报缴纳企业所得税。"), [])
    }
}
