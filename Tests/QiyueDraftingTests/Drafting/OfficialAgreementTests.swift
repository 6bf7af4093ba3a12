import Foundation
import QiyueCore
@testable import QiyueDocuments
import QiyueDrafting
import QiyueTestSupport
import XCTest

/// `qiyue agreement --style official`: the standard agreement laid out per GB/T 9704, with
/// the same words as the standard layout and the same clean review.
final class OfficialAgreementTests: ScratchDirectoryTestCase {
    func testTitleArticlesAndBodyFollowGBT9704() throws {
        let (bytes, result) = try ExampleDrafts.agreement("puer-coffee.json", in: directory, style: .officialAgreement)
        XCTAssertEqual(result.review.errorCount, 0)
        let styles = try ExampleDrafts.part("word/styles.xml", of: bytes)
        let heading1 = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"Heading1\"").dropFirst().first?.components(separatedBy: "</w:style>").first)
        XCTAssertTrue(heading1.contains("<w:jc w:val=\"center\"/>"), heading1)
        XCTAssertTrue(heading1.contains("w:eastAsia=\"方正小标宋简体\"") && heading1.contains("<w:b/>") && heading1.contains("<w:sz w:val=\"44\"/>"), heading1)
        let heading2 = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"Heading2\"").dropFirst().first?.components(separatedBy: "</w:style>").first)
        XCTAssertTrue(heading2.contains("w:eastAsia=\"黑体\"") && heading2.contains("<w:sz w:val=\"32\"/>") && !heading2.contains("<w:b/>"), heading2)
        XCTAssertTrue(styles.contains("<w:rFonts w:ascii=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>"))
        let fonts = try ExampleDrafts.part("word/fontTable.xml", of: bytes)
        XCTAssertTrue(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"), fonts)
    }

    func testPageNumbersAlternateRightAndLeft() throws {
        let (bytes, _) = try ExampleDrafts.agreement("puer-coffee.json", in: directory, style: .officialAgreement)
        XCTAssertTrue(try ExampleDrafts.part("word/settings.xml", of: bytes).contains("<w:evenAndOddHeaders/>"))
        let body = try ExampleDrafts.part("word/document.xml", of: bytes)
        XCTAssertTrue(body.contains("<w:footerReference w:type=\"default\" r:id=\"rId6\"/><w:footerReference w:type=\"even\" r:id=\"rId9\"/>"))
        XCTAssertTrue(try ExampleDrafts.part("word/_rels/document.xml.rels", of: bytes).contains("Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer3.xml\""))
        let odd = try ExampleDrafts.part("word/footer1.xml", of: bytes)
        let even = try ExampleDrafts.part("word/footer3.xml", of: bytes)
        for footer in [odd, even] { XCTAssertTrue(footer.contains(">— </w:t>") && footer.contains(" PAGE ") && footer.contains("> —</w:t>"), footer) }
        XCTAssertTrue(odd.contains("<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>"), odd)
        XCTAssertTrue(even.contains("<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>"), even)
        // The standard layout keeps one centred footer.
        let (standard, _) = try ExampleDrafts.agreement("puer-coffee.json", in: directory)
        XCTAssertFalse(try ExampleDrafts.part("word/settings.xml", of: standard).contains("evenAndOddHeaders"))
        XCTAssertEqual(try ExampleDrafts.part("word/footer3.xml", of: standard), "")
    }

    /// One party a row, each row tall enough for a seal, and no line wider than its cell at the
    /// size it is set in — for every example, the three-party one included.
    func testSignaturePageLeavesRoomForSealsAndWrapsNoLine() throws {
        for project in ExampleDrafts.projectNames {
            let (bytes, _) = try ExampleDrafts.agreement(project, in: directory, style: .officialAgreement)
            let body = try ExampleDrafts.part("word/document.xml", of: bytes)
            let table = try XCTUnwrap(body.components(separatedBy: "<w:tbl>").last?.components(separatedBy: "</w:tbl>").first)
            XCTAssertTrue(table.contains(">甲方（盖章）</w:t>"), project)
            let width = DocxStyle.officialAgreement.textWidth
            XCTAssertTrue(table.contains("<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid>"), project)
            let rows = table.components(separatedBy: "<w:tr>").dropFirst()
            XCTAssertEqual(rows.count, project.contains("three-party") ? 3 : 2, project)
            for row in rows {
                XCTAssertTrue(row.contains("<w:trHeight w:val=\"\(DocxStyle.millimetres(45))\" w:hRule=\"atLeast\"/>"), project)
                for paragraph in row.components(separatedBy: "<w:p>").dropFirst() {
                    let text = WordText.paragraphs(in: "<w:p>" + paragraph).joined()
                    let size = try XCTUnwrap(Int(paragraph.components(separatedBy: "<w:sz w:val=\"").dropFirst().first?.prefix(while: \.isNumber) ?? ""))
                    XCTAssertLessThanOrEqual(DisplayWidth.of(text) * size * 5, width - 216, "\(project): \(text)")
                }
            }
        }
    }

    func testTheOfficialLayoutSaysWhatTheStandardOneSays() throws {
        for project in ExampleDrafts.projectNames {
            let (official, result) = try ExampleDrafts.agreement(project, in: directory, style: .officialAgreement)
            let (standard, _) = try ExampleDrafts.agreement(project, in: directory)
            XCTAssertEqual(result.review.errorCount, 0, project)
            // The standard layout's empty cell beside a third party is the only paragraph it adds.
            let words = { (bytes: Data) in try XCTUnwrap(WordText.texts(of: bytes)["document"]).filter { !$0.isEmpty } }
            XCTAssertEqual(try words(official), try words(standard), project)
        }
    }

    func testALineTooWideForItsCellIsSetSmaller() {
        XCTAssertEqual(DocxBodyWriter.fittingSize("甲方（盖章）：某某县人民政府", available: 8629, preferred: 32), 32)
        let long = "乙方（盖章）：" + String(repeating: "某", count: 30) + "有限公司"
        let size = DocxBodyWriter.fittingSize(long, available: 8629, preferred: 32)
        XCTAssertLessThan(size, 32)
        XCTAssertLessThanOrEqual(DisplayWidth.of(long) * size * 5, 8629)
    }
}
