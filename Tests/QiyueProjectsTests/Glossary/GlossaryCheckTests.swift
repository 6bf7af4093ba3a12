import XCTest
@testable import QiyueProjects

final class GlossaryCheckTests: XCTestCase {
    let check = GlossaryCheck()

    func testFindsTermsByLongestMatch() {
        XCTAssertEqual(check.terms(in: "中国（云南）自由贸易试验区德宏片区").map(\.zh), ["中国（云南）自由贸易试验区", "德宏片区"])
        XCTAssertEqual(check.terms(in: "中老铁路磨憨站").map(\.zh), ["中老铁路", "磨憨"])
        XCTAssertEqual(check.terms(in: "亩均税收30万元，用地120亩").map(\.zh), ["亩均税收", "亩"])
        XCTAssertEqual(check.terms(in: "没有术语的句子").map(\.zh), [])
    }

    func testHalfWidthBracketsInChineseMatchTheFullWidthTerm() {
        XCTAssertEqual(check.terms(in: "中国(云南)自由贸易试验区").map(\.zh), ["中国（云南）自由贸易试验区"])
    }

    func testAcceptsTheRenderingAndItsVariants() {
        XCTAssertEqual(check.check(zh: "中老铁路", en: "the China–Laos Railway"), [])
        XCTAssertEqual(check.check(zh: "中老铁路", en: "the china-laos railway"), [])
        XCTAssertEqual(check.check(zh: "管委会", en: "the Management Committee"), [])
        XCTAssertEqual(check.check(zh: "普洱", en: "Pu’er City"), [])
        XCTAssertEqual(check.check(zh: "光伏组件", en: "PV modules"), [])
    }

    func testReportsTermAndExpectedEnglish() {
        let mismatches = check.check(zh: "依托中国（云南）自由贸易试验区和中老铁路", en: "Relying on the Yunnan Free Trade Area and the railway")
        XCTAssertEqual(mismatches.map(\.term), ["中国（云南）自由贸易试验区", "中老铁路"])
        XCTAssertEqual(mismatches.map(\.expected), ["China (Yunnan) Pilot Free Trade Zone", "China–Laos Railway"])
    }

    func testMatchesWholeWordsOnly() {
        XCTAssertEqual(check.check(zh: "口岸", en: "transport").map(\.term), ["口岸"])
        XCTAssertEqual(check.check(zh: "口岸", en: "two ports").map(\.term), [])
        XCTAssertEqual(check.check(zh: "120亩", en: "120 mu").map(\.term), [])
        XCTAssertEqual(check.check(zh: "120亩", en: "8 hectares in the community").map(\.term), ["亩"])
    }

    func testPluralAndSingularFormsBothCount() {
        XCTAssertEqual(check.check(zh: "蔬菜", en: "vegetable processing"), [])
        XCTAssertEqual(check.check(zh: "农产品", en: "agricultural products"), [])
    }

    func testEmptyEnglishIsNotCheckedTermByTerm() {
        XCTAssertEqual(check.check(zh: "中老铁路", en: "  "), [])
    }

    func testUsesAGivenGlossary() {
        let custom = GlossaryCheck(glossary: Glossary(entries: [GlossaryEntry(zh: "园区", en: "park")]))
        XCTAssertEqual(custom.check(zh: "中老铁路园区", en: "railway zone").map(\.expected), ["park"])
    }
}
