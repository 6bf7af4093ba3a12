@testable import QiyueOpinion
import XCTest

/// Where a redline adds the clauses an agreement lacks: after the last article of substance,
/// never after the closing article or among the signatures.
final class ModelClausePlacementTests: XCTestCase {
    func testClausesGoBeforeTheClosingArticleAndTheSignatures() {
        let body = ["某某项目投资协议", "甲方：某某县人民政府", "乙方：某某有限公司", "第一条 项目概况", "乙方投资建设项目。", "",
                    "第二条 用地", "项目用地依法公开出让。", "第三条 附则", "本协议自签字盖章之日起生效。", "甲方（盖章）：", "乙方（盖章）：", "2025年  月  日"]
        XCTAssertEqual(ModelClausePlacement.paragraph(after: body), 8)
    }

    func testWithoutAClosingArticleTheyFollowTheLastArticle() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第二条 用地", "项目用地依法公开出让。", "", "甲方：某某县人民政府", "乙方：某某有限公司", "法定代表人（签字）：", "签订日期：2025年7月1日"]
        XCTAssertEqual(ModelClausePlacement.paragraph(after: body), 5)
    }

    func testAnArticleThatIsNotAClosingOneIsNotSteppedOver() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第二条 其他优惠政策的申报程序比较复杂需要说明", "乙方依法申报。"]
        XCTAssertEqual(ModelClausePlacement.paragraph(after: body), 5)
    }

    func testClosingSentencesOutsideAnArticleAreSteppedOver() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第四条 甲方协助乙方对接金融机构。", "", "本协议一式四份，甲乙双方各执两份。", "本协议自双方签字盖章之日起生效。", "甲方（盖章）：", "乙方（盖章）："]
        XCTAssertEqual(ModelClausePlacement.paragraph(after: body), 4)
    }

    func testABodyOfClosingSentencesAloneKeepsThem() {
        XCTAssertEqual(ModelClausePlacement.paragraph(after: ["本协议一式四份。", "甲方（盖章）："]), 1)
    }

    func testAParagraphInATableCellIsNeverThePlace() {
        let body = ["投资协议", "第四条 甲方协助乙方对接金融机构。", "事项", "约定", "税收", "乙方依法纳税。", "本协议一式四份。", "甲方（盖章）："]
        let cells: Set<Int> = [3, 4, 5, 6]
        XCTAssertEqual(ModelClausePlacement.paragraph(after: body) { cells.contains($0) }, 2)
        XCTAssertNil(ModelClausePlacement.paragraph(after: ["事项", "约定"]) { _ in true })
    }

    func testABodyWithoutTextHasNoPlace() {
        XCTAssertNil(ModelClausePlacement.paragraph(after: []))
        XCTAssertNil(ModelClausePlacement.paragraph(after: ["", "　"]))
    }

    func testSwappingRolesSwapsEveryRoleWordOnce() {
        XCTAssertEqual(ModelClauses.swappingRoles("乙方逾期的，甲方有权解除；甲方、乙方另行约定。"), "甲方逾期的，乙方有权解除；乙方、甲方另行约定。")
    }
}
