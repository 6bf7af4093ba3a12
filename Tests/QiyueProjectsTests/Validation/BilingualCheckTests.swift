import QiyueCore
import XCTest
@testable import QiyueProjects

final class BilingualCheckTests: XCTestCase {
    func testReportsEachKindOfGap() throws {
        let file = try Fixture.load("bilingual-gaps.json")
        let validation = ProjectValidator().validate(file)
        let findings = BilingualCheck().findings(in: file, textFields: validation.textFields)
        XCTAssertEqual(Fixture.lines(findings, in: file), [
            "3:11: warning: /name: Chinese only; write bilingual fields as {\"zh\": \"…\", \"en\": \"…\"}",
            "4:14: warning: /summary: missing the English text (\"en\")",
            "7:42: warning: /location/prefecture/en: the English text is mostly Chinese characters; it looks untranslated",
            "8:44: warning: /location/park/en: the term 中国（云南）自由贸易试验区 (in /location/park/zh) should be rendered \"China (Yunnan) Pilot Free Trade Zone\"",
            "11:57: warning: /conditions/transport/en: the term 中老铁路 (in /conditions/transport/zh) should be rendered \"China–Laos Railway\"",
        ])
        XCTAssertEqual(findings[3].notes.map(\.en), ["also accepted: \"Yunnan Pilot Free Trade Zone\""])
        XCTAssertEqual(findings[4].text(in: .zh), "/conditions/transport/en: 术语“中老铁路”（见 /conditions/transport/zh）的英文应为 \"China–Laos Railway\"")
    }

    func testChineseShare() {
        XCTAssertEqual(BilingualCheck.chineseShare("西双版纳州"), 1)
        XCTAssertEqual(BilingualCheck.chineseShare("Pu'er (普洱)"), 2.0 / 6.0, accuracy: 0.001)
        XCTAssertEqual(BilingualCheck.chineseShare("123"), 0)
    }

    func testPlaceholdersLeftByInitAreFlagged() throws {
        let file = try Fixture.project(JSONWriter.string(ProjectStarter.document(id: "x", industryCode: "01-06")))
        let findings = ProjectValidator().validate(file).findings
        XCTAssertFalse(findings.isEmpty)
        XCTAssertTrue(findings.allSatisfy { $0.code == "placeholder.unfilled" && $0.severity == .warning })
        XCTAssertEqual(findings.first?.text(in: .en), "/name/zh: still holds the starter's placeholder; fill it in")
    }
}
