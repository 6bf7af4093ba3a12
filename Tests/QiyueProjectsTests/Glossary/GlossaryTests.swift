import XCTest
import QiyueTestSupport
@testable import QiyueProjects

final class GlossaryTests: ScratchDirectoryTestCase {
    let glossary = Glossary.builtIn

    func testHasAtLeastSixtyUniqueEntries() {
        XCTAssertGreaterThanOrEqual(glossary.entries.count, 60)
        XCTAssertEqual(Set(glossary.entries.map(\.zh)).count, glossary.entries.count)
    }

    func testStandardRenderingsRequiredByTheBrief() {
        let expected = [
            "中国（云南）自由贸易试验区": "China (Yunnan) Pilot Free Trade Zone",
            "中老铁路": "China–Laos Railway",
            "高原特色现代农业": "plateau-characteristic modern agriculture",
            "绿色铝": "green aluminium",
            "招商引资": "investment promotion",
            "亩": "mu",
            "管理委员会": "Administrative Committee",
            "人民政府": "People's Government",
            "磨憨": "Mohan",
            "河口": "Hekou",
            "瑞丽": "Ruili",
            "综合保税区": "comprehensive bonded zone",
            "国家级经济技术开发区": "national economic and technological development zone",
            "边（跨）境经济合作区": "border (cross-border) economic cooperation zone",
        ]
        for (zh, en) in expected {
            XCTAssertEqual(glossary.entry(for: zh)?.en, en, zh)
        }
        for level in ["州人民政府", "市人民政府", "县人民政府", "区人民政府"] {
            XCTAssertEqual(glossary.entry(for: level)?.en, "People's Government", level)
            XCTAssertNotNil(glossary.entry(for: level)?.note, level)
        }
    }

    func testCoversEveryCatalogueIndustryAndItemWithTheSameEnglish() {
        for entry in IndustryCatalog.builtIn.allEntries {
            XCTAssertEqual(glossary.entry(for: entry.name.zh)?.en.lowercased(), entry.name.en.lowercased(), entry.code)
        }
    }

    func testLoadsAFileAndReportsItsErrorsWithPlaces() throws {
        let good = directory.appendingPathComponent("good.json").path
        try #"{"entries": [{"zh": "园区", "en": "park", "variants": ["zone"]}]}"#.write(toFile: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Glossary.load(good).entries, [GlossaryEntry(zh: "园区", en: "park", variants: ["zone"])])

        let syntax = directory.appendingPathComponent("syntax.json").path
        try "{\"entries\": [\n  {\"zh\": \"园区\", \"en\": \"park\"},\n]}".write(toFile: syntax, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Glossary.load(syntax)) { error in
            let diagnostic = (error as? ProjectFileError)?.diagnostic(in: .en)
            XCTAssertEqual(diagnostic?.description, "\(syntax):3:1: error: invalid JSON: trailing comma before ']' (JSON does not allow trailing commas)")
        }

        let shape = directory.appendingPathComponent("shape.json").path
        try #"{"entries": [{"zh": "园区", "en": "park"}, {"zh": "口岸"}]}"#.write(toFile: shape, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Glossary.load(shape)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .en).description, "error: \(shape): /entries/1: missing required field \"en\"")
        }

        let variants = directory.appendingPathComponent("variants.json").path
        try #"{"entries": [{"zh": "园区", "en": "park", "variants": "zone"}]}"#.write(toFile: variants, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Glossary.load(variants)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .en).description, "error: \(variants): /entries/0/variants: expected an array")
        }

        let empty = directory.appendingPathComponent("empty.json").path
        try #"{"entries": [{"zh": "", "en": "park"}]}"#.write(toFile: empty, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Glossary.load(empty)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .en).description, "error: \(empty): /entries/0: an entry needs a non-empty zh and en")
        }
    }
}
