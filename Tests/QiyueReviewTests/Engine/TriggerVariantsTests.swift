import XCTest
@testable import QiyueReview

/// A lawful adverbial between a party and its verb (乙方依法垫资, 由甲方依规承担) must not take a
/// trigger that names the party apart, and must not make a lawful clause fire either.
final class TriggerVariantsTests: XCTestCase {
    func ruleIDs(_ clause: String) -> Set<String> {
        ClauseReview.ruleIDs(clause, atLeast: .warning)
    }

    func testVariantsInsertEachAdverbialAfterEveryRoleWordWithAVerb() {
        let variants = TriggerVariants.of("由甲方承担")
        XCTAssertEqual(variants.first, "由甲方承担")
        XCTAssertTrue(variants.contains("由甲方依法承担"))
        XCTAssertTrue(variants.contains("由甲方依法依规承担"))
        XCTAssertTrue(variants.contains("由甲方依法依法承担"))
        XCTAssertEqual(variants.count, 1 + TriggerVariants.insertions.count)
        // A role word at the end has no verb to keep apart; a trigger without one is itself.
        XCTAssertEqual(TriggerVariants.of("督促乙方"), ["督促乙方"])
        XCTAssertEqual(TriggerVariants.of("分期回购"), ["分期回购"])
        // An adverbial already spelt is not doubled.
        XCTAssertEqual(TriggerVariants.of("乙方依法垫资"), ["乙方依法垫资"])
    }

    func testAnAdverbialAfterThePartyHidesNoPromise() {
        let plain = "乙方垫资实施的片区土地整理投入，由甲方以该片区未来土地出让收入优先偿还。"
        XCTAssertTrue(ruleIDs(plain).contains("guarantee.hidden-debt"))
        for adverbial in Lexicon.lawfulAdverbials {
            let wrapped = plain.replacingOccurrences(of: "乙方垫资", with: "乙方\(adverbial)垫资")
            XCTAssertTrue(ruleIDs(wrapped).contains("guarantee.hidden-debt"), wrapped)
        }
    }

    func testTheInvestorsOwnLawfulActStaysClean() {
        XCTAssertEqual(ruleIDs("乙方依法自行出资建设厂区内道路及配套设施。"), [])
        XCTAssertEqual(ruleIDs("乙方依法享受国家规定的税收优惠政策。"), [])
    }

    /// An exclusion that names the investor and its act (乙方回购) is the same act with an
    /// adverbial between them, so 乙方依法回购… stays the investor buying, as 乙方回购… does.
    func testAnAdverbialAfterThePartyKeepsAnExclusionThatNamesIt() {
        let plain = "乙方回购县城投公司持有的项目公司股权时，回购价格由双方另行协商。"
        XCTAssertEqual(ruleIDs(plain), [])
        for adverbial in Lexicon.lawfulAdverbials {
            let wrapped = plain.replacingOccurrences(of: "乙方回购", with: "乙方\(adverbial)回购")
            XCTAssertEqual(ruleIDs(wrapped), [], wrapped)
        }
        // The government buying back at a cost-plus price is still found with the adverbial.
        XCTAssertTrue(ruleIDs("甲方依法回购乙方持有的项目公司股权，回购价格为乙方投资总额加计合理利润。").contains("guarantee.buyback"))
    }
}
