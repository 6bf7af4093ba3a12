import XCTest
@testable import QiyueReview

/// Kinds of promise the frame reader once misread: a party that receives across the noun it
/// owns, a party that is paid back, a party after 于, a letter written as 我委, the people's
/// congress putting payables into the budget. Each pairs a clause that must fire in the right
/// category with a lawful one of the same shape that must stay clean.
final class PromiseReadingTests: XCTestCase {
    func categories(_ clause: String) -> Set<RuleCategory> {
        ClauseReview.categories(clause, atLeast: .warning)
    }

    /// 乙方项目用地享受… : the investor receives, so the act is the government side's.
    func testAPartyReceivingAcrossItsNounIsTheBeneficiary() {
        XCTAssertEqual(categories("乙方项目用地享受土地出让金先征后返政策。"), [.land])
        XCTAssertEqual(categories("乙方项目用地依法享受国家规定的工业用地出让最低价标准。"), [])
    }

    /// 乙方应全额退还甲方已拨付的补贴 is the investor paying back: no tax borne by anyone.
    func testPayingBackMakesThePartyTheObject() {
        XCTAssertEqual(categories("乙方迁出本县的，应全额退还甲方已拨付的各项补贴，并返还已享受的税收奖励。"), [])
        XCTAssertEqual(categories("乙方未按期投产的，应退还甲方已兑现的税收奖励资金。"), [])
    }

    /// 以不低于乙方…的价格收购 : the investor is inside the price, the government side buys.
    func testAPartyAfterYuIsTheObject() {
        XCTAssertEqual(categories("甲方同意在乙方项目投产满三年后，以不低于乙方土地款和建设投入之和的价格收购项目公司全部股权。"), [.guarantee])
        XCTAssertEqual(categories("乙方可按市场价格自主向第三方转让项目公司股权，价格不低于乙方实际投资额的部分归乙方所有。"), [])
    }

    /// A letter in the first person of a government body is the government side's.
    func testALetterFromWoWeiIsTheGovernmentSide() {
        XCTAssertEqual(categories("我委承诺在贵行贷款到期时，督促并协助乙方按期偿还贷款本息。"), [.guarantee])
        XCTAssertEqual(categories("我委支持贵公司依法申请银行贷款，贷款风险由贵公司与贷款银行自行承担。"), [])
    }

    /// A standing committee's resolution putting payables into the budget is a repayment promise.
    func testTheStandingCommitteeBudgetingPayables() {
        XCTAssertEqual(categories("经县人大常委会审议通过，甲方对乙方项目的应付款项列入年度财政预算予以保障。"), [.guarantee])
        XCTAssertEqual(categories("县人大常委会审议通过了本县年度财政预算。"), [])
    }

    /// 并承诺… continues the subject of the clause before, not the party a causative verb named.
    func testACoordinatedVerbKeepsTheMainSubject() {
        XCTAssertEqual(categories("我委支持贵行向乙方发放项目贷款，并承诺在乙方不能按期还款时协调资金予以解决。"), [.guarantee])
        XCTAssertEqual(categories("甲方协调银行为乙方提供贷款，并由乙方自行承担还款责任。"), [])
        XCTAssertEqual(categories("甲方支持乙方向银行申请贷款，并督促乙方依法经营。"), [])
    }
    /// 但以…为前提 attaches a condition to the promise before it, so a reward on sales that
    /// requires filing taxes here is read with its condition; 但 that opens a new promise still
    /// parts the frames.
    func testAProvisoBelongsToThePromiseBeforeIt() {
        XCTAssertEqual(categories("甲方按乙方年度营业收入的千分之五给予市场拓展补助，但以乙方在本县办理企业所得税纳税申报为前提。"), [.tax])
        XCTAssertEqual(categories("甲方按乙方年度营业收入的千分之五给予市场拓展补助，但以乙方完成年度投资计划为前提。"), [])
        XCTAssertEqual(categories("甲方不收取招商服务费，但乙方应依法缴纳增值税。"), [])
    }

    /// 乙方竞得后所缴土地出让金… : the investor did something earlier (a time phrase ending in
    /// 后); it does not act in the promise, which stays the government side's. A party that sets
    /// the time of its own act (乙方在厂房交付后…购回) still acts.
    func testTheSubjectOfAnEmbeddedTimePhraseDoesNotAct() {
        XCTAssertEqual(categories("甲方负责完成项目用地报批，乙方竞得后所缴土地出让金的县级留存部分，以基础设施补助形式返还乙方。"), [.land])
        XCTAssertEqual(categories("乙方入驻后甲方将其缴纳增值税地方留成的六成奖励给乙方。"), [.tax])
        XCTAssertEqual(categories("乙方竞得后所缴土地出让金，由乙方按出让合同约定的期限缴清。"), [])
        XCTAssertEqual(categories("甲方代建的厂房，乙方承诺在交付后五年内按经审计的建设成本购回。"), [])
    }

    /// 甲方同意向贷款银行出具安慰函 : the preposition opens the noun phrase 贷款银行, so the bank
    /// receives the letter and the government side issues it. The investor writing to its bank
    /// is no promise of the government side.
    func testAPrepositionBeforeALongerNounMakesTheBankTheObject() {
        XCTAssertEqual(categories("甲方同意向合作银行出具安慰函，表明支持乙方项目，并承诺在乙方还款困难时统筹财政资金予以支持。"), [.guarantee])
        XCTAssertEqual(categories("乙方同意向贷款银行出具经营情况说明，并按期还本付息。"), [])
    }

    /// A reward on a name defined in quotes as the local share of taxes is pegged to tax; the same
    /// name defined as output value is not.
    func testAQuotedDefinitionBringsItsBase() {
        XCTAssertEqual(categories("本协议所称“综合贡献”，指乙方缴纳的增值税和企业所得税地方留成合计。甲方按综合贡献的40%拨付发展资金。"), [.tax])
        XCTAssertEqual(categories("本协议所称“综合贡献”，指乙方当年新增的工业产值。甲方按综合贡献的1%拨付发展资金。"), [])
    }

    /// 关于…，不能… : a topic the answer refuses is not promised; a topic answered by a promise
    /// still is, in the answer's own words.
    func testARefusedTopicIsNoPromise() {
        XCTAssertEqual(categories("王局长：关于贵公司提出的地价款返还，按规定不能写进协议，请谅解。"), [])
        XCTAssertEqual(categories("关于地价款返还，甲方同意在乙方投产后返还五成。"), [.land])
        XCTAssertEqual(categories("对于乙方缴纳的增值税地方留成，甲方不予返还。"), [])
    }

    /// A quoted promise softened in its words (“…由甲方积极协调予以解决”, 由甲方负责解决) still
    /// has the government side take on the default; coordinating a procedure does not.
    func testASoftenedQuotedPromiseStillTakesOnTheDefault() {
        XCTAssertEqual(categories("原协议第六条修改为：“乙方项目贷款到期未能偿还的，由甲方积极协调予以解决。”"), [.guarantee])
        XCTAssertEqual(categories("补充约定：“乙方银行借款逾期的，由甲方负责解决。”"), [.guarantee])
        XCTAssertEqual(categories("乙方办理项目贷款抵押的登记手续，甲方协调予以解决。"), [])
        XCTAssertEqual(categories("“甲方积极协调金融机构为乙方提供融资对接服务”，融资风险由乙方自行承担。"), [])
    }
}
