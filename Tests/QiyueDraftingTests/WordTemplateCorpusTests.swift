import Foundation
import QiyueDrafting
import QiyueTemplate
import XCTest

/// Every Word template of the corpus (made with python-docx by scripts/make-word-templates.py)
/// renders to the paragraph, cell, header and footer texts docxtpl gives for it
/// (`expected.json`, written by scripts/docxtpl-oracle.py).
final class WordTemplateCorpusTests: XCTestCase {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/WordTemplates")

    func render(_ name: String) throws -> Data {
        let template = try WordTemplate(data: try Data(contentsOf: Self.directory.appendingPathComponent("\(name).docx")), path: "\(name).docx", language: .zh)
        let data = try TemplateValue(jsonData: try Data(contentsOf: Self.directory.appendingPathComponent("\(name).json")))
        return try template.render(data)
    }

    func testEveryTemplateMatchesDocxtpl() throws {
        let expected = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(contentsOf: Self.directory.appendingPathComponent("expected.json")))
        XCTAssertGreaterThanOrEqual(expected.count, 30)
        var equal = 0
        for (name, want) in expected.sorted(by: { $0.key < $1.key }) {
            do {
                let got = try WordText.texts(of: try render(name))
                if got == want { equal += 1 } else { XCTFail("\(name):\n ours    \(got)\n docxtpl \(want)") }
            } catch {
                XCTFail("\(name): \(error)")
            }
        }
        XCTAssertEqual(equal, expected.count)
    }

    /// Qiyue's Chinese filters (which docxtpl's Jinja2 lacks) give in a Word template what they
    /// give in a text template.
    func testChineseFiltersWorkInWordTemplates() throws {
        let got = try XCTUnwrap(try WordText.texts(of: try render("chinese_filters"))["document"])
        let data = try TemplateValue(jsonData: try Data(contentsOf: Self.directory.appendingPathComponent("chinese_filters.json")))
        let text = try TemplateEnvironment(root: nil).template(source: """
            大写：{{ project.total_yuan|cny_upper(prefix=true) }}
            万元：{{ project.total_yuan|wan }}
            日期：{{ project.sign_date|date_zh }}；{{ project.sign_date|date_zh('upper') }}
            {{ 3|article }}　{{ 12|zh_number }}
            """, name: "t.txt").render(data)
        XCTAssertEqual(got, text.split(separator: "\n").map(String.init))
        XCTAssertEqual(got.first, "大写：人民币壹亿贰仟万元整")
    }
}
