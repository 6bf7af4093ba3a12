import QiyueTemplate
import XCTest

/// The golden values of issue 3 for our Chinese and bilingual filters.
final class ChineseFiltersTests: XCTestCase {
    func testCnyUpperGoldens() throws {
        let goldens: [(String, String)] = [
            ("107000.53", "壹拾万柒仟元零伍角叁分"),
            ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
            ("325.04", "叁佰贰拾伍元零肆分"),
            ("1409.50", "壹仟肆佰零玖元伍角"),
            ("12000000", "壹仟贰佰万元整"),
            ("1500000000", "壹拾伍亿元整"),
            ("100010000", "壹亿零壹万元整"),
            ("0.05", "伍分"),
            ("0", "零元整"),
        ]
        for (amount, expected) in goldens {
            XCTAssertEqual(try render("{{ a | cny_upper }}", "{\"a\": \(amount)}"), expected, amount)
            XCTAssertEqual(try render("{{ a | cny_upper }}", "{\"a\": \"\(amount)\"}"), expected, "string \(amount)")
        }
    }

    func testCnyUpperPrefixAndExactCents() throws {
        XCTAssertEqual(try render("{{ 1680.32 | cny_upper(prefix=true) }}"), "人民币壹仟陆佰捌拾元零叁角贰分")
        // 0.1 + 0.2 is 0.30000000000000004 in binary; the amount is still three jiao.
        XCTAssertEqual(try render("{{ (0.1 + 0.2) | cny_upper }}"), "叁角")
        XCTAssertEqual(try render("{{ 1000000000000 | cny_upper }}"), "壹万亿元整")
        XCTAssertEqual(try render("{{ 100.04 | cny_upper }}"), "壹佰元零肆分")
        XCTAssertEqual(try render("{{ 10050 | cny_upper }}"), "壹万零伍拾元整")
    }

    func testCnyUpperRejectsNegativeAndText() {
        XCTAssertEqual(renderError("{{ -5 | cny_upper }}")?.diagnostic.message, "cny_upper 不接受负数金额")
        XCTAssertEqual(renderError("{{ 'abc' | cny_upper }}")?.diagnostic.message, "cny_upper 需要金额数字，而不是“abc”")
    }

    func testWan() throws {
        XCTAssertEqual(try render("{{ 150000000 | wan }}"), "15,000")
        XCTAssertEqual(try render("{{ 12345 | wan(2) }}"), "1.23")
        XCTAssertEqual(try render("{{ 12355 | wan(3) }}"), "1.236")
    }

    func testZhNumberAndDigits() throws {
        let goldens = [(5, "五"), (10, "十"), (15, "十五"), (21, "二十一"), (105, "一百零五"), (2023, "二千零二十三")]
        for (number, expected) in goldens {
            XCTAssertEqual(try render("{{ \(number) | zh_number }}"), expected)
        }
        XCTAssertEqual(try render("{{ 2023 | zh_digits }}"), "二〇二三")
    }

    func testArticle() throws {
        XCTAssertEqual(try render("{{ 5 | article }}"), "第五条")
        XCTAssertEqual(try render("{{ 12 | article }}"), "第十二条")
        XCTAssertEqual(try render("{{ 3 | article('款') }}"), "第三款")
    }

    func testDates() throws {
        XCTAssertEqual(try render("{{ '2025-03-08' | date_zh }}"), "2025年3月8日")
        XCTAssertEqual(try render("{{ '2025-03-08' | date_zh('upper') }}"), "二〇二五年三月八日")
        XCTAssertEqual(try render("{{ '2025-03-08' | date_en }}"), "8 March 2025")
        XCTAssertEqual(renderError("{{ '2025-02-30' | date_zh }}")?.diagnostic.message, "无效日期“2025-02-30”，应为 YYYY-MM-DD")
    }

    func testCnyEnglish() throws {
        XCTAssertEqual(try render("{{ 120000000 | cny_en }}"), "RMB 120 million")
        XCTAssertEqual(try render("{{ 1500000000 | cny_en }}"), "RMB 1.5 billion")
        XCTAssertEqual(try render("{{ 350000 | cny_en }}"), "RMB 350,000")
    }

    func testTranslateAndBilingual() throws {
        let data = #"{"project": {"name": {"zh": "光伏组件", "en": "PV modules"}, "city": "昆明"}}"#
        XCTAssertEqual(try render("{{ project.name | t('en') }}", data), "PV modules")
        XCTAssertEqual(try render("{{ project.name | t('zh') }}", data), "光伏组件")
        XCTAssertEqual(try render("{{ project.city | t('zh') }}", data), "昆明")
        XCTAssertEqual(try render("{{ project.name | bilingual }}", data), "光伏组件 / PV modules")
        XCTAssertEqual(try render("{{ project.name | bilingual(' | ') }}", data), "光伏组件 | PV modules")
        let missing = renderError("{{ project.city | t('en') }}", data)
        XCTAssertEqual(missing?.diagnostic.message, "“project.city”只有中文文本，没有“en”版本（应写作 {\"zh\": …, \"en\": …}）")
        let partial = renderError("{{ project.name | t('fr') }}", data)
        XCTAssertEqual(partial?.diagnostic.message, "未定义的变量“project.name.fr”：缺少该语言的文本")
    }
}
