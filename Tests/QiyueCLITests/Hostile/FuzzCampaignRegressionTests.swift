import Foundation
import QiyueTestSupport
import XCTest

/// Inputs that `scripts/fuzz-campaign.py` found mishandled, each cut down to what still
/// showed the fault, run through the built `qiyue` as a user would meet them.
final class FuzzCampaignRegressionTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    private func run(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, currentDirectory: directory)
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// A megabyte pasted between `{%` and `%}` took seconds to refuse (the "did you mean"
    /// search compared it with every tag name) and printed the whole megabyte in the message.
    func testOverlongUnknownTagIsRefusedWithAShortMessage() throws {
        try write("t.md", "{% " + String(repeating: "x", count: 1 << 20) + " %}")
        let x = { (count: Int) in String(repeating: "x", count: count) }
        XCTAssertEqual(try run(["--lang", "en", "render", "t.md", "-o", "out.md"]), .init(status: 2, stdout: "", stderr: """
            t.md:1:4: error: unknown tag '\(x(907))…\(x(79))'
            {% \(x(157))…
               ^\(String(repeating: "~", count: 156))

            """))
        XCTAssertFalse(exists("out.md"))
    }

    /// A text draft with one long repetitive line could not be annotated: the Word copy made
    /// for the comments compresses beyond 200:1, and reading it back took it for a zip bomb
    /// ("cannot read the document: word/document.xml", blamed on the .txt file).
    func testTextDraftWithARepetitiveLineIsAnnotated() throws {
        try write("草稿.txt", "第一条 甲方承诺返还土地出让金。\n" + String(repeating: "x", count: 2 << 20) + "\n")
        let result = try run(["--lang", "en", "review", "--format", "json", "--annotate", "批注.docx", "草稿.txt"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("\"error\": null"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\"rule\": \"land.fee-rebate\""), result.stdout)
        XCTAssertTrue(exists("批注.docx"))
    }
}
