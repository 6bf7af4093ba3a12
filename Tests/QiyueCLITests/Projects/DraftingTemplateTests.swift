import Foundation
import QiyueTestSupport
import XCTest

/// Every drafting template renders for every example project, and what it renders has the
/// structure an officer relies on: consecutive articles, cross-references that follow the
/// numbering, amounts in figures and in words, the optional articles switched by the data.
final class DraftingTemplateTests: ScratchDirectoryTestCase {
    /// Article labels written out by hand, independent of the `article` filter under test.
    static let articleLabels = [
        "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条",
        "第十一条", "第十二条", "第十三条", "第十四条", "第十五条", "第十六条", "第十七条", "第十八条", "第十九条", "第二十条",
    ]

    func testEveryTemplateRendersForEveryProject() throws {
        XCTAssertGreaterThanOrEqual(DraftingFixtures.examples.count, 1)
        for project in DraftingFixtures.cleanProjects {
            let name = DraftingFixtures.name(of: project)
            let runs: [(arguments: [String], file: String, marker: String)] = [
                (["agreement", project.path], "\(name)-agreement.md", "## 第一条　项目概况"),
                (["dossier", project.path], "\(name)-dossier.md", "## 一、项目概况"),
                (["dossier", project.path, "--edition", "zh-en"], "\(name)-brochure.md", "## 项目概况<br>Project Overview"),
                (["dossier", project.path, "--edition", "en"], "\(name)-brochure-en.md", "## Project Overview"),
            ]
            for run in runs {
                let (result, text) = try DraftingFixtures.draft(run.arguments, to: run.file, in: directory)
                XCTAssertEqual(result.status, 0, "\(run.arguments): \(result.stderr)")
                XCTAssertEqual(result.stderr, "", "\(run.arguments)")
                XCTAssertTrue(text?.contains(run.marker) ?? false, "\(run.file) lacks \(run.marker)")
            }
        }
    }

    func testAgreementArticlesAreConsecutiveAndAtLeastFifteen() throws {
        for project in DraftingFixtures.cleanProjects {
            let text = try agreement(project)
            let labels = Self.articleHeadings(in: text).map(\.label)
            XCTAssertGreaterThanOrEqual(labels.count, 15, DraftingFixtures.name(of: project))
            XCTAssertEqual(labels, Array(Self.articleLabels.prefix(labels.count)), DraftingFixtures.name(of: project))
        }
    }

    func testThreePartyVersionAddsPartyCAndRenumbersCrossReferences() throws {
        let two = try agreement(DraftingFixtures.puerCoffee)
        let three = try agreement(DraftingFixtures.fixture("three-party-lease"))
        let twoHeadings = Dictionary(uniqueKeysWithValues: Self.articleHeadings(in: two).map { ($0.title, $0.label) })
        let threeHeadings = Dictionary(uniqueKeysWithValues: Self.articleHeadings(in: three).map { ($0.title, $0.label) })
        XCTAssertNil(twoHeadings["丙方的义务"])
        XCTAssertEqual(threeHeadings["丙方的义务"], "第七条")
        XCTAssertEqual(twoHeadings["违约责任"], "第九条")
        XCTAssertEqual(threeHeadings["违约责任"], "第十条")
        XCTAssertEqual(twoHeadings["协议生效"], "第十七条")
        XCTAssertEqual(threeHeadings["协议生效"], "第十八条")
        // The breach article refers to the schedule and target articles by their numbers.
        XCTAssertTrue(three.contains("乙方未按本协议\(threeHeadings["建设与投产期限"]!)约定的期限开工"))
        XCTAssertTrue(three.contains("未达到本协议\(threeHeadings["产出与税收目标"]!)约定的亩均税收目标"))
        XCTAssertTrue(two.contains("本协议一式四份，双方各执二份"))
        XCTAssertTrue(three.contains("本协议一式六份，各方各执二份"))
        XCTAssertTrue(three.contains("- 丙方（盖章）\n  普洱工业园区开发建设投资有限公司\n"))
        XCTAssertTrue(three.contains("甲乙丙三方本着平等自愿"))
    }

    func testLandIsObtainedLawfullyAndNoPriceIsAgreed() throws {
        let listing = try agreement(DraftingFixtures.puerCoffee)
        XCTAssertTrue(listing.contains("本项目用地的国有建设用地使用权依法通过挂牌方式公开出让。出让底价按照土地估价结果依法确定且不低于国家规定的工业用地出让最低价标准，出让价格通过公开竞价产生"))
        XCTAssertTrue(listing.contains("乙方或其项目公司依法参加竞买"))
        XCTAssertTrue(listing.contains("本协议不约定土地价格。"))
        let lease = try agreement(DraftingFixtures.fixture("three-party-lease"))
        XCTAssertTrue(lease.contains("依法以先租后让方式公开供应。承租人通过公开方式确定"))
        XCTAssertTrue(lease.contains("依法参加竞租"))
        XCTAssertTrue(lease.contains("《国有建设用地使用权租赁合同》"))
        XCTAssertTrue(lease.contains("按照工业用地“标准地”方式供应"))
    }

    func testAmountsAppearInFiguresAndInWordsAndDatesInChinese() throws {
        let text = try agreement(DraftingFixtures.puerCoffee)
        XCTAssertTrue(text.contains("本项目总投资人民币60,000万元（大写：人民币陆亿元整），其中固定资产投资人民币48,000万元（大写：人民币肆亿捌仟万元整）"))
        XCTAssertTrue(text.contains("金额为人民币600万元（大写：人民币陆佰万元整）"))
        XCTAssertTrue(text.contains("乙方应于2025年9月30日前开工建设"))
        XCTAssertTrue(text.contains("签订日期：二〇二五年三月八日"))
        XCTAssertTrue(text.contains("任何一方均可将争议提交普洱仲裁委员会"))
        let lease = try agreement(DraftingFixtures.fixture("three-party-lease"))
        XCTAssertTrue(lease.contains("任何一方均可向本项目所在地有管辖权的人民法院提起诉讼。"))
    }

    func testEnglishBrochureHasNoChineseParagraphs() throws {
        let project = DraftingFixtures.puerCoffee
        let (result, text) = try DraftingFixtures.draft(["dossier", project.path, "--edition", "en"], to: "en.md", in: directory)
        XCTAssertEqual(result.status, 0)
        let english = try XCTUnwrap(text)
        let chineseLines = english.split(separator: "\n").filter { line in line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        XCTAssertEqual(chineseLines, [])
        XCTAssertTrue(english.contains("| Total investment | RMB 600 million |"))
        XCTAssertTrue(english.contains("| Construction start | 30 September 2025 |"))
    }

    // MARK: - Helpers

    func agreement(_ project: URL) throws -> String {
        let (result, text) = try DraftingFixtures.draft(["agreement", project.path], to: "agreement-\(UUID().uuidString).md", in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(text)
    }

    /// `## 第五条　产出与税收目标` → (第五条, 产出与税收目标), in order.
    static func articleHeadings(in text: String) -> [(label: String, title: String)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("## 第"), let space = line.firstIndex(of: "\u{3000}") else { return nil }
            return (String(line[line.index(line.startIndex, offsetBy: 3)..<space]), String(line[line.index(after: space)...]))
        }
    }
}
