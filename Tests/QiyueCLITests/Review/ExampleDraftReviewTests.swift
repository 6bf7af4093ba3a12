import Foundation
import QiyueTestSupport
import XCTest

/// The example drafts, one per kind of banned promise, one lawful and one Word file saved by
/// LibreOffice, each reviewed end to end: the report printed today is the one recorded in
/// `Examples/reviews/` (re-record with `scripts/regenerate-draft-reviews.sh`), and each draft
/// flags exactly the categories it was written to show.
final class ExampleDraftReviewTests: XCTestCase {
    let root = TestSupport.repositoryRoot

    /// What each draft was written to show: its exit status and the categories it flags.
    let expectations: [String: (status: Int32, categories: Set<String>)] = [
        "honghe-cold-chain-land-draft.md": (1, ["land"]),
        "chuxiong-biomedicine-tax-draft.txt": (1, ["tax"]),
        "baoshan-silicon-guarantee-draft.md": (1, ["guarantee"]),
        "yuxi-ev-parts-lawful-draft.md": (0, []),
        "dali-tea-draft.docx": (1, ["land", "tax", "completeness"]),
        "wenshan-aluminium-draft.md": (1, ["land", "tax", "guarantee", "completeness"]),
    ]

    var drafts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples/drafts").path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    func testEveryDraftHasAnExpectationAndARecordedReview() throws {
        XCTAssertEqual(drafts, expectations.keys.sorted())
        let recorded = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples/reviews").path).sorted()
        XCTAssertEqual(recorded, drafts.map { $0 + ".txt" })
    }

    func testEachDraftPrintsItsRecordedReview() throws {
        for draft in drafts {
            let path = "Examples/drafts/\(draft)"
            let recorded = try String(contentsOf: root.appendingPathComponent("Examples/reviews/\(draft).txt"), encoding: .utf8)
            let result = try QiyueProcess.run(["review", path], currentDirectory: root)
            XCTAssertEqual(result.stderr, "", draft)
            XCTAssertEqual(result.status, expectations[draft]?.status, draft)
            XCTAssertEqual(result.stdout, recorded, "\(draft): run scripts/regenerate-draft-reviews.sh after a rule change")
        }
    }

    func testEachDraftFlagsTheCategoriesItWasWrittenFor() throws {
        for draft in drafts {
            let result = try QiyueProcess.run(["review", "--format", "json", "Examples/drafts/\(draft)"], currentDirectory: root)
            let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], draft)
            let files = try XCTUnwrap(report["files"] as? [[String: Any]], draft)
            let findings = files.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
            XCTAssertEqual(Set(findings.compactMap { $0["category"] as? String }), expectations[draft]?.categories, draft)
        }
    }

    /// The Word example is a file an office suite wrote, with its own XML habits, not one of ours.
    func testTheWordDraftWasSavedByLibreOffice() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        guard FileManager.default.isExecutableFile(atPath: process.executableURL!.path) else { throw XCTSkip("unzip is not installed") }
        process.arguments = ["-p", root.appendingPathComponent("Examples/drafts/dali-tea-draft.docx").path, "docProps/app.xml"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("<Application>LibreOffice"), String(decoding: data, as: UTF8.self))
    }
}
