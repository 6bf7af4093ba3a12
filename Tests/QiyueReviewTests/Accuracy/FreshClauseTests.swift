import XCTest
@testable import QiyueReview

/// Clauses written by the rules author after the corpus work, as a small second sample
/// (same author, so weak evidence; the corpus remains the measure). Each is reviewed
/// after the conventional preamble.
final class FreshClauseTests: XCTestCase {
    func categories(_ clause: String) -> Set<RuleCategory> {
        ClauseReview.categories(clause, atLeast: .error)
    }

    func testLawfulClausesWithTheSameVocabulary() {
        let lawful = [
            "甲方负责协调供电部门保障乙方生产用电。",
            "乙方可以其依法取得的土地使用权向银行申请抵押贷款。",
            "乙方未按约定投产的，应退还甲方已兑现的全部奖励资金。",
            "双方同意按照股权比例共同承担项目公司的债务。",
            "甲方协助乙方争取中央预算内投资补助。",
            "乙方缴纳的税款由税务机关依法征收入库。",
            "甲方负责在乙方竞得土地后三个月内交付净地。",
            "乙方不享受本地区任何与纳税挂钩的奖励。",
            "若乙方违约，甲方有权要求乙方返还已享受的扶持资金。",
            "甲方不对乙方的经营亏损承担任何责任。",
            "甲方协助乙方向税务部门申请办理出口退税。",
        ]
        for clause in lawful { XCTAssertEqual(categories(clause), [], clause) }
    }

    func testUnlawfulClausesInFreshWording() {
        let unlawful: [(String, RuleCategory)] = [
            ("甲方同意将乙方项目用地出让金的地方分成部分以技改资金形式全额拨付乙方。", .land),
            ("园区管委会承诺乙方五年内实际缴纳的所得税县级部分全部返还。", .tax),
            ("县政府同意以县城投公司名义为乙方发行的企业债券提供担保。", .guarantee),
            ("甲方承诺项目用地价格按每亩6.5万元确定。", .land),
            ("乙方投资的厂房建成后，甲方以不低于建设成本的价格回购。", .guarantee),
            ("甲方对乙方免收三年房产税。", .tax),
            ("管委会同意对乙方项目用地按照每亩3万元的价格协议出让。", .land),
            ("县财政局为乙方的流动资金贷款出具担保函。", .guarantee),
        ]
        for (clause, category) in unlawful { XCTAssertEqual(categories(clause), [category], clause) }
    }
}
