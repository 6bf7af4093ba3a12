import Foundation
import QiyueCore
import XCTest
@testable import QiyueFiling

/// The exports a bureau sends upward: Excel-safe CSV, escaped HTML, JSON with the head hash.
final class RegisterExportTests: XCTestCase {
    func entry(name: String, reason: String? = nil) -> RegisterEntry {
        let review = ReviewRecord(rulePack: "qiyue-default 1.0.0", source: "qiyue review", errors: reason == nil ? 0 : 1, warnings: 0, findings: [], acceptedReason: reason)
        return RegisterEntry(sequence: 1, number: "2026-0001", filingDate: "2026-03-01", signingDate: "2025-03-08",
                             project: RegisteredProject(id: "p", name: name, parties: ["甲", "乙"], investmentYuan: 600_000_000, landAreaMu: 120.5),
                             review: review, fairCompetition: "通过", collectiveDecision: nil, reviewer: nil,
                             file: RegisteredFile(path: "a.docx", digest: FileDigest(of: [1, 2, 3])), previous: RegisterEntry.genesis, hash: "ab")
    }

    func testCSVHasBOMCRLFQuotingAndNoFormulas() {
        let csv = RegisterExport(path: "r.jsonl", entries: [entry(name: "=HYPERLINK(\"x\"),项目", reason: "理由")], headHash: "ab").csv()
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}序号,登记号,"))
        XCTAssertTrue(csv.contains("\r\n"))
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\"),项目\""), csv)
        XCTAssertTrue(csv.contains(",600000000,120.5,"), csv)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count, 3)
    }

    func testHTMLEscapesData() {
        let html = RegisterExport(path: "r.jsonl", entries: [entry(name: "<script>alert(1)</script>&")], headHash: "ab").html()
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"))
        XCTAssertTrue(html.contains("600,000,000"))
    }

    func testJSONStatesCountAndHead() throws {
        let json = RegisterExport(path: "r.jsonl", entries: [entry(name: "项目")], headHash: "ab").json()
        let root = try JSONParser.parse(json)
        XCTAssertEqual(root["entries"]?.value.doubleValue, 1)
        XCTAssertEqual(root["head_sm3"]?.value.stringValue, "ab")
        XCTAssertEqual(root["items"]?.value.elements?.first?["project"]?["name"]?.value.stringValue, "项目")
    }
}
