import Foundation
import QiyueTestSupport
import XCTest

/// Inputs that `scripts/fuzz-campaign.py` found mishandled, each cut down to what still
/// showed the fault, run through the built `qiyue` as a user would meet them.
final class FuzzCampaignRegressionTests: ScratchDirectoryTestCase {
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

    /// With a machine-readable report the reason a file was not reviewed was only inside
    /// the report: the run exited 2 with nothing on standard error.
    func testEveryReportFormatNamesTheUnreadableFileOnStandardError() throws {
        try Data([0x00, 0x01]).write(to: directory.appendingPathComponent("bin.txt"))
        for format in ["text", "json", "jsonl", "sarif", "html"] {
            let result = try run(["--lang", "en", "review", "--format", format, "bin.txt"])
            XCTAssertEqual(result.status, 2, format)
            XCTAssertEqual(result.stderr, "bin.txt:1:1: error: not a text file (NUL byte at offset 0)\n", format)
        }
    }

    /// A term of a million characters made a 3 MB pack claim 2.7 GB for its matching table,
    /// and 200 distinct terms of a hundred rare characters each 2.5 GB: both are refused.
    func testRulePackWithOverlongOrTooManyTermsIsRefused() throws {
        let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/packs/procurement.json")
        let pack = try String(contentsOf: fixture, encoding: .utf8)
        try write("d.md", "第一条 甲方指定采购乙方产品。\n")
        try write("long.json", pack.replacingOccurrences(of: "\"依法采购\"", with: "\"依法采购" + String(repeating: "地", count: 97) + "\""))
        XCTAssertEqual(try run(["--lang", "en", "review", "--rules", "long.json", "d.md"]), .init(status: 2, stdout: "", stderr: """
            long.json:14:46: error: the term has 101 characters, beyond the limit of 100

            """))
        try write("edge.json", pack.replacingOccurrences(of: "\"依法采购\"", with: "\"依法采购" + String(repeating: "地", count: 96) + "\""))
        XCTAssertEqual(try run(["--lang", "en", "review", "--rules", "edge.json", "d.md"]).status, 1)
        let rare = (0..<200).map { (term: Int) -> String in
            let scalars = (0..<100).compactMap { (offset: Int) -> Unicode.Scalar? in Unicode.Scalar(0x4E00 + term * 100 + offset) }
            return "\"" + String(String.UnicodeScalarView(scalars)) + "\""
        }
        try write("many.json", pack.replacingOccurrences(of: "\"依法采购\"", with: "\"依法采购\", " + rare.joined(separator: ", ")))
        let many = try run(["--lang", "en", "review", "--rules", "many.json", "d.md"])
        XCTAssertEqual(many.status, 2)
        XCTAssertEqual(many.stdout, "")
        XCTAssertTrue(many.stderr.hasPrefix("many.json:1:1: error: the pack's terms are too many: "), many.stderr)
        XCTAssertTrue(many.stderr.hasSuffix(", beyond the limit of 40000000; remove terms\n"), many.stderr)
    }

    /// A 1 GB pack took 3.8 GB to parse before its first problem was reported.
    func testRulePackAboveTheSizeLimitIsRefusedUnparsed() throws {
        try write("d.md", "第一条 甲方承诺返还土地出让金。\n")
        try write("big.json", "{\"name\": \"" + String(repeating: "x", count: 16 << 20) + "\"}")
        XCTAssertEqual(try run(["--lang", "en", "review", "--rules", "big.json", "d.md"]), .init(status: 2, stdout: "", stderr: """
            big.json:1:1: error: the rule pack is larger than the 16 MiB limit and was not read

            """))
    }

    /// A file of nothing but a byte-order mark or blank lines was "reviewed" with no problems
    /// and exit 0.
    func testFileWithoutTextIsNotReviewedAsClean() throws {
        try Data([0xEF, 0xBB, 0xBF]).write(to: directory.appendingPathComponent("bom.txt"))
        try write("blank.md", "\n   \n\t\n")
        for name in ["bom.txt", "blank.md"] {
            XCTAssertEqual(try run(["--lang", "en", "review", name]), .init(status: 2, stdout: """
                reviewed 1 file: 0 error(s), 0 warning(s), 0 info; land 0, tax 0, guarantee and hidden debt 0, completeness 0; 1 not reviewed

                """, stderr: "\(name): error: the file has no text (a scan, or pictures only?), not reviewed\n"), name)
        }
    }

    /// One line repeating a rebate promise a thousand times (33 KB) took almost a minute to
    /// review: every trigger searched the whole clause for its actor, mention by mention.
    func testOneLongClauseIsReviewedInBoundedWork() throws {
        try write("长句.txt", "第一条 总则\n" + String(repeating: "甲方承诺返还土地出让金", count: 1_000) + "\n")
        let result = try run(["--lang", "en", "review", "--format", "json", "长句.txt"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"rule\": \"land.fee-rebate\""))
    }

    /// A Word file whose body holds only pictures (a scanned contract) but whose footer says
    /// 第 1 页 was reviewed as clean: the footer's text counted as the document's. The body
    /// decides; neither review nor --annotate may pass it, and nothing is written.
    func testPicturesWithAPageNumberFooterAreNotReviewedAsClean() throws {
        let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/pictures-with-page-footer.docx")
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("scan.docx"))
        let message = "scan.docx: error: the body has no text, only headers, footers or notes (a scan, or pictures only?), not reviewed\n"
        XCTAssertEqual(try run(["--lang", "en", "review", "scan.docx"]), .init(status: 2, stdout: """
            reviewed 1 file: 0 error(s), 0 warning(s), 0 info; land 0, tax 0, guarantee and hidden debt 0, completeness 0; 1 not reviewed

            """, stderr: message))
        let annotated = try run(["--lang", "en", "review", "--annotate", "out.docx", "scan.docx"])
        XCTAssertEqual(annotated.status, 2)
        XCTAssertTrue(annotated.stderr.contains("the body has no text"), annotated.stderr)
        XCTAssertFalse(exists("out.docx"))
    }
}
