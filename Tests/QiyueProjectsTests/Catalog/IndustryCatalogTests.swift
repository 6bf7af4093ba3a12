import XCTest
@testable import QiyueProjects

final class IndustryCatalogTests: XCTestCase {
    let catalog = IndustryCatalog.builtIn

    func testHasTheTenIndustriesOfAnnexOneInOrder() {
        XCTAssertEqual(catalog.industries.map(\.code), ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"])
        XCTAssertEqual(catalog.industries.map(\.zh), ["高原特色现代农业", "绿色铝", "光伏制造业", "先进制造业", "绿色能源产业",
                                                     "新材料产业", "生物医药产业", "数字经济", "文旅康养产业", "现代物流业"])
        XCTAssertEqual(catalog.industries.map(\.items.count), [11, 5, 3, 3, 2, 8, 5, 3, 2, 3])
        XCTAssertEqual(catalog.allEntries.count, 55)
    }

    func testAgricultureHasItsElevenItems() {
        XCTAssertEqual(catalog.industries[0].items.map(\.zh), ["茶叶", "花卉", "蔬菜", "水果", "坚果", "咖啡", "中药材", "生猪，肉牛，山羊", "乡村旅游", "蔗糖", "天然橡胶"])
    }

    func testCodesArePositionalAndEveryEntryIsBilingual() {
        for industry in catalog.industries {
            for (index, item) in industry.items.enumerated() {
                XCTAssertEqual(item.code, industry.code + "-" + String(format: "%02d", index + 1))
                XCTAssertFalse(item.en.isEmpty || item.details.zh.isEmpty || item.details.en.isEmpty, item.code)
            }
        }
    }

    func testLooksUpCodes() {
        XCTAssertEqual(catalog.entry(for: "01-06")?.name.zh, "咖啡")
        XCTAssertEqual(catalog.entry(for: "01-06")?.path.en, "Plateau-characteristic modern agriculture › Coffee")
        XCTAssertEqual(catalog.entry(for: "02")?.name.en, "Green aluminium")
        XCTAssertNil(catalog.entry(for: "01-12"))
        XCTAssertNil(catalog.entry(for: "11"))
    }

    func testSearchFindsCoffeeInChineseAndEnglish() {
        XCTAssertEqual(catalog.search("咖啡").map(\.entry.code), ["01-06"])
        XCTAssertEqual(catalog.search("Coffee").map(\.entry.code), ["01-06"])
        XCTAssertEqual(catalog.search("咖啡").first?.field, .name)
    }

    func testSearchReachesDetailsAndSaysWhatMatched() {
        let matches = catalog.search("冷链")
        XCTAssertEqual(matches.map(\.entry.code), ["10-02"])
        XCTAssertEqual(matches.first?.field, .details)
        XCTAssertEqual(matches.first?.excerpt, "提升与农产品流通相适应的冷链设施和物流经营能力")
        XCTAssertEqual(catalog.search("中老铁路").map(\.entry.code), ["10-01"])
        XCTAssertEqual(catalog.search("battery foil").first?.excerpt, "battery trays and other auto-part modules")
    }

    func testSearchPutsNameMatchesFirstAndRequiresEveryWord() {
        let matches = catalog.search("铝")
        XCTAssertEqual(matches.map(\.entry.code), ["02", "03-03", "02-01", "02-02", "02-03", "02-04", "02-05", "06-02"])
        XCTAssertEqual(matches.map(\.field.rawValue), ["name", "name"] + Array(repeating: "details", count: 6))
        // Words may occur anywhere in an entry, in any order.
        XCTAssertEqual(catalog.search("aluminium foil battery").map(\.entry.code), ["02-02", "02-04", "06-02"])
        XCTAssertEqual(catalog.search("不存在的产业"), [])
        XCTAssertEqual(catalog.search("   "), [])
    }
}
