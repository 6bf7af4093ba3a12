import Foundation
import QiyueCore
import XCTest
@testable import QiyueReview

/// Reporters render the same report in the promised shapes.
final class ReportersTests: XCTestCase {
    static let rule = Rule(
        id: "land.price-promise", category: .land, severity: .error,
        message: LocalizedText(zh: "承诺地价", en: "promised land price"), basis: ["《中华人民共和国民法典》第三百四十七条"],
        suggestion: LocalizedText(zh: "删除", en: "drop it"), match: RuleMatch(triggers: ["地价"]),
        examples: RuleExamples(triggering: ["a"], nonTriggering: ["b"])
    )

    static let basis = BasisEntry(id: "civil-code-347-2", citation: "《中华人民共和国民法典》第三百四十七条第二款", text: "经营性用地应当公开竞价出让")

    static let finding: Finding = {
        let frame = PromiseFrame(
            giver: FrameParty(text: "甲方", side: .government, name: "某某县人民政府", definedAt: SourceLocation(file: "a.md", line: 1, column: 1)),
            beneficiary: FrameParty(text: "乙方", side: .investor), act: "承诺地价", base: "项目用地",
            measure: FrameMeasure(text: "每亩8万元", kind: .amount, value: 80_000)
        )
        let payload = ReviewPayload(
            ruleID: "land.price-promise", category: .land, severity: .error, message: rule.message,
            explanation: LocalizedText(zh: "甲方 → 乙方：承诺地价 每亩8万元", en: "甲方 → 乙方: promised land price 每亩8万元"),
            frame: frame, article: "第五条", excerpt: "甲方承诺地价\"低\"。", basis: [basis], suggestion: rule.suggestion, amounts: [80_000],
            reviewed: ReviewedSpan(line: 3, column: 5, endLine: 3, endColumn: 9), sourceLine: "甲方承诺地价\"低\"。", sourceColumn: 5, sourceLength: 4
        )
        let located = Diagnostic(
            severity: .error, location: SourceLocation(file: "a.md", line: 3, column: 5), end: SourceLocation(file: "a.md", line: 3, column: 9),
            length: 4, message: "", code: "land.price-promise"
        )
        return Finding(diagnostic: located, review: payload)
    }()

    static let report = ReviewReport(
        files: [
            FileReview(path: "a.md", findings: [finding]),
            FileReview(path: "b.txt", error: "不是文本文件（第 0 字节为空字节）", errorLine: 1, errorColumn: 1),
        ],
        rules: [rule], toolVersion: "9.9.9"
    )

    func testJSONHasTheDocumentedShapeAndOrder() {
        let expected = """
        {
          "tool": "qiyue",
          "version": "9.9.9",
          "files": [
            {
              "path": "a.md",
              "error": null,
              "findings": [
                {
                  "rule": "land.price-promise",
                  "category": "land",
                  "severity": "error",
                  "line": 3,
                  "column": 5,
                  "endLine": 3,
                  "endColumn": 9,
                  "article": "第五条",
                  "excerpt": "甲方承诺地价\\"低\\"。",
                  "message": "promised land price",
                  "basis": [
                    "《中华人民共和国民法典》第三百四十七条第二款：经营性用地应当公开竞价出让"
                  ],
                  "suggestion": "drop it",
                  "amounts": [
                    80000
                  ],
                  "basisIds": [
                    "civil-code-347-2"
                  ],
                  "explanation": "甲方 → 乙方: promised land price 每亩8万元",
                  "frame": {
                    "giver": {
                      "text": "甲方",
                      "side": "government",
                      "name": "某某县人民政府"
                    },
                    "beneficiary": {
                      "text": "乙方",
                      "side": "investor",
                      "name": null
                    },
                    "act": "承诺地价",
                    "base": "项目用地",
                    "measure": {
                      "text": "每亩8万元",
                      "kind": "amount",
                      "value": 80000
                    },
                    "conditions": []
                  }
                }
              ]
            },
            {
              "path": "b.txt",
              "error": "不是文本文件（第 0 字节为空字节）",
              "findings": []
            }
          ],
          "summary": {
            "files": 2,
            "errors": 1,
            "warnings": 0,
            "infos": 0,
            "unreadable": 1,
            "categories": {
              "land": 1,
              "tax": 0,
              "guarantee": 0,
              "completeness": 0,
              "suppression": 0
            }
          }
        }

        """
        XCTAssertEqual(JSONReporter(language: .en).render(Self.report), expected)
    }

    /// The report written file by file (as a batch does) is a well-formed document whose files
    /// are, value for value, the JSON Lines records of the same files (one shape indented, the
    /// other on one line), and whose summary is the generic writer's rendering of the tally.
    func testJSONFromPartsIsTheWholeReport() throws {
        let reporter = JSONReporter(language: .zh)
        let whole = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reporter.render(Self.report).utf8)) as? NSDictionary)
        let files = try XCTUnwrap(whole["files"] as? [NSDictionary])
        XCTAssertEqual(files.count, Self.report.files.count)
        for (file, review) in zip(files, Self.report.files) {
            let line = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reporter.line(review).utf8)) as? NSDictionary)
            XCTAssertEqual(file, line)
        }
        let summary = try JSONSerialization.jsonObject(with: Data(reporter.summary(ReviewTally(Self.report.files)).rendered().utf8)) as? NSDictionary
        XCTAssertEqual(whole["summary"] as? NSDictionary, summary)
        let empty = ReviewReport(files: [], rules: [], toolVersion: "1")
        let emptyWhole = ReportJSON.object([
            ("tool", .string("qiyue")), ("version", .string("1")), ("files", .array([])), ("summary", reporter.summary(ReviewTally())),
        ]).rendered()
        XCTAssertEqual(reporter.render(empty), emptyWhole)
    }

    func testJSONLinesAreOneLineEach() throws {
        let reporter = JSONReporter(language: .zh)
        let line = reporter.line(Self.report.files[0])
        XCTAssertEqual(line.filter { $0 == "\n" }.count, 1)
        XCTAssertTrue(line.hasSuffix("}\n"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["path"] as? String, "a.md")
        XCTAssertEqual(reporter.summaryLine(ReviewTally(Self.report.files)).prefix(30), "{\"summary\":{\"files\":2,\"errors\"")
    }

    func testSARIFIsValidJSONWithRulesResultsAndNotifications() throws {
        let text = SARIFReporter(language: .zh).render(Self.report)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = (driver["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        XCTAssertEqual(ruleIDs, ["land.price-promise", "suppression.missing-reason", "suppression.unknown-rule"])
        let result = try XCTUnwrap((run["results"] as? [[String: Any]])?.first)
        XCTAssertEqual(result["ruleId"] as? String, "land.price-promise")
        XCTAssertEqual(result["ruleIndex"] as? Int, 0)
        XCTAssertEqual(result["level"] as? String, "error")
        XCTAssertEqual((result["message"] as? [String: Any])?["text"] as? String, "承诺地价")
        let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        XCTAssertEqual(region?["startLine"] as? Int, 3)
        XCTAssertEqual(region?["endColumn"] as? Int, 9)
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        XCTAssertEqual((invocation["toolExecutionNotifications"] as? [Any])?.count, 1)
    }

    func testTextReportUnderlinesAndPrintsEachBasisOncePerFile() {
        let twice = ReviewReport(files: [FileReview(path: "a.md", findings: [Self.finding, Self.finding])] + Self.report.files.dropFirst(), rules: [Self.rule], toolVersion: "9.9.9")
        let text = TextReporter(language: .zh).render(twice)
        let finding = """
        a.md:3:5: 错误: [land.price-promise] 承诺地价
        甲方承诺地价"低"。
                ^~~~~~~
        注: 承诺：甲方 → 乙方：承诺地价 每亩8万元
        a.md:1:1: 注: 甲方：某某县人民政府
        注: 位置：第五条
        注: 依据：[1]
        注: 建议：删除

        """
        XCTAssertEqual(text, finding + finding + """
        依据（a.md）：
        [1] 《中华人民共和国民法典》第三百四十七条第二款：经营性用地应当公开竞价出让
        审查 2 个文件：错误 2，警告 0，提示 0；土地 2，税收 0，担保与隐性债务 0，协议完整性 0；未审查 1 个文件

        """)
        XCTAssertEqual(Self.report.files.compactMap(TextReporter(language: .en).error).joined(), "b.txt:1:1: error: 不是文本文件（第 0 字节为空字节）\n")
    }

    func testJSONStringEscaping() {
        XCTAssertEqual(ReportJSON.string("a\"b\\c\n\u{01}").rendered(), "\"a\\\"b\\\\c\\n\\u0001\"\n")
    }
}

extension ReportersTests {
    func testLineAndParagraphSeparatorsAreEscapedButDashesAndQuotesAreNot() {
        XCTAssertEqual(ReportJSON.string("a\u{2028}b\u{2029}“—”").rendered(), "\"a\\u2028b\\u2029“—”\"\n")
    }
}
