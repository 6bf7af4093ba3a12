@testable import QiyueOpinion
import QiyueReview
import Foundation
import XCTest

/// Where a redline adds the clauses an agreement lacks: after the last article of substance,
/// never after the closing article or among the signatures.
final class ModelClausePlacementTests: XCTestCase {
    private let placement = ModelClausePlacement(pack: try! RulePack.builtIn())

    func testClausesGoBeforeTheClosingArticleAndTheSignatures() {
        let body = ["某某项目投资协议", "甲方：某某县人民政府", "乙方：某某有限公司", "第一条 项目概况", "乙方投资建设项目。", "",
                    "第二条 用地", "项目用地依法公开出让。", "第三条 附则", "本协议自签字盖章之日起生效。", "甲方（盖章）：", "乙方（盖章）：", "2025年  月  日"]
        XCTAssertEqual(placement.paragraph(after: body), 8)
    }

    func testWithoutAClosingArticleTheyFollowTheLastArticle() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第二条 用地", "项目用地依法公开出让。", "", "甲方：某某县人民政府", "乙方：某某有限公司", "法定代表人（签字）：", "签订日期：2025年7月1日"]
        XCTAssertEqual(placement.paragraph(after: body), 5)
    }

    func testAnArticleThatIsNotAClosingOneIsNotSteppedOver() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第二条 其他优惠政策的申报程序比较复杂需要说明", "乙方依法申报。"]
        XCTAssertEqual(placement.paragraph(after: body), 5)
    }

    func testClosingSentencesOutsideAnArticleAreSteppedOver() {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第四条 甲方协助乙方对接金融机构。", "", "本协议一式四份，甲乙双方各执两份。", "本协议自双方签字盖章之日起生效。", "甲方（盖章）：", "乙方（盖章）："]
        XCTAssertEqual(placement.paragraph(after: body), 4)
    }

    func testABodyOfClosingSentencesAloneKeepsThem() {
        XCTAssertEqual(placement.paragraph(after: ["本协议一式四份。", "甲方（盖章）："]), 1)
    }

    func testAParagraphInATableCellIsNeverThePlace() {
        let body = ["投资协议", "第四条 甲方协助乙方对接金融机构。", "事项", "约定", "税收", "乙方依法纳税。", "本协议一式四份。", "甲方（盖章）："]
        let cells: Set<Int> = [3, 4, 5, 6]
        XCTAssertEqual(placement.paragraph(after: body) { cells.contains($0) }, 2)
        XCTAssertNil(placement.paragraph(after: ["事项", "约定"]) { _ in true })
    }

    func testABodyWithoutTextHasNoPlace() {
        XCTAssertNil(placement.paragraph(after: []))
        XCTAssertNil(placement.paragraph(after: ["", "　"]))
    }

    func testSwappingRolesSwapsEveryRoleWordOnce() {
        XCTAssertEqual(ModelClauses.swappingRoles("乙方逾期的，甲方有权解除；甲方、乙方另行约定。"), "甲方逾期的，乙方有权解除；乙方、甲方另行约定。")
    }
}

/// The placement words are the pack's term sets: the built-in pack declares them, and a pack
/// that declares its own moves the place.
final class ModelClausePlacementTermSetTests: XCTestCase {
    func testTheBuiltInPackDeclaresEveryPlacementSet() throws {
        let pack = try RulePack.builtIn()
        for set in PlacementTermSet.allCases {
            XCTAssertFalse(pack.terms(of: set).isEmpty, set.rawValue)
        }
        XCTAssertTrue(pack.terms(of: .closingHeadings).contains("附则"))
        XCTAssertTrue(pack.terms(of: .closingSentences).contains("本协议一式"))
        XCTAssertTrue(pack.terms(of: .signatureMarks).contains("盖章"))
    }

    func testAPackOfItsOwnMovesThePlace() throws {
        let body = ["投资协议", "第一条 项目", "乙方投资建设项目。", "第二条 结尾条款", "本协议未列明的，按法律规定执行。", "单位（用印）："]
        let builtIn = try RulePack.builtIn()
        // With the built-in words neither 结尾条款 nor 用印 closes anything.
        XCTAssertEqual(ModelClausePlacement(pack: builtIn).paragraph(after: body), 6)
        let own = #"{"name": "本局", "version": "1", "rules": [], "termSets": {"closing-headings": ["结尾条款"], "signature-marks": ["用印"]}}"#
        let pack = builtIn.merging(try RulePack.decode(Data(own.utf8), path: "pack.json"))
        XCTAssertEqual(ModelClausePlacement(pack: pack).paragraph(after: body), 3)
        // A pack without the sets steps over blank lines and dates only.
        XCTAssertEqual(ModelClausePlacement(pack: RulePack(name: "空", version: "1", rules: [])).paragraph(after: body + ["2025年  月  日", ""]), 6)
    }

    func testABlankPlacementTermIsRefusedAtItsPlace() {
        let own = "{\"name\": \"本局\", \"version\": \"1\", \"rules\": [],\n \"termSets\": {\"signature-marks\": [\"盖章\", \" \"]}}"
        XCTAssertThrowsError(try RulePack.decode(Data(own.utf8), path: "pack.json")) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("pack.json:2:"), text)
            XCTAssertTrue(text.contains("词集 signature-marks 含空白词语") || text.contains("blank term"), text)
        }
    }
}
