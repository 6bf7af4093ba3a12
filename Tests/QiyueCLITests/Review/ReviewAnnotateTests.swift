import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue review --annotate`: a comment per finding on the exact span, read back by
/// python-docx; every part but the four it must touch stays byte-identical; the input is
/// never touched; errors write nothing.
final class ReviewAnnotateTests: ScratchDirectoryTestCase {
    private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/annotate")

    /// The parts an annotation may change; every other entry must keep its stored bytes.
    static let editableParts: Set<String> = ["word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"]

    private struct Finding {
        var rule: String, category: String, line: Int, column: Int, endLine: Int, endColumn: Int
    }

    private func findings(of path: String) throws -> [Finding] {
        let result = try run(["review", "--format", "json", path])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        return try XCTUnwrap(file["findings"] as? [[String: Any]]).map {
            Finding(rule: $0["rule"] as! String, category: $0["category"] as! String, line: $0["line"] as! Int, column: $0["column"] as! Int,
                    endLine: $0["endLine"] as! Int, endColumn: $0["endColumn"] as! Int)
        }
    }

    private func oracle(_ original: URL, _ annotated: URL, spans: [Finding]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixtures.appendingPathComponent("annotate_oracle.py").path, original.path, annotated.path]
            + spans.map { "\($0.line):\($0.column):\($0.endColumn)" }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw XCTSkip("python3 is not available") }
        if process.terminationStatus == 3 { throw XCTSkip("python-docx is not installed (pip install python-docx)") }
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: stdout) as? [String: Any])
    }

    private func copyFixture(_ name: String) throws -> URL {
        let copy = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: copy)
        return copy
    }

    /// Annotates a fixture and checks everything the oracle can see; returns the oracle's report.
    @discardableResult
    private func checkAnnotation(of name: String, existingComments: Int) throws -> [String: Any] {
        let input = try copyFixture(name)
        let before = try Data(contentsOf: input)
        let expected = try findings(of: name)
        XCTAssertFalse(expected.filter { $0.category != "completeness" }.isEmpty, "the fixture must hold clause findings")
        let plain = try run(["review", name])
        let result = try run(["review", "--annotate", "out.docx", name])
        // The report and the exit status are those of `review` itself.
        XCTAssertEqual(result, plain)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try Data(contentsOf: input), before, "the input must not change")

        let clauses = expected.filter { $0.category != "completeness" }
        let report = try oracle(input, directory.appendingPathComponent("out.docx"), spans: clauses)
        let comments = try XCTUnwrap(report["comments"] as? [[String: Any]])
        XCTAssertEqual(comments.count, existingComments + expected.count)
        let added = comments.filter { $0["author"] as? String == "契约审查" }
        XCTAssertEqual(added.count, expected.count)
        let title = try XCTUnwrap(report["title"] as? String)
        var spans = try XCTUnwrap(report["spans"] as? [String])[...]
        for (comment, finding) in zip(added, expected) {
            let text = try XCTUnwrap(comment["text"] as? String)
            XCTAssertTrue(text.hasPrefix("[\(finding.rule)] "), text)
            XCTAssertTrue(text.contains("建议："), text)
            XCTAssertEqual(comment["initials"] as? String, "契约")
            let anchor = comment["anchor"] as? String
            if finding.category == "completeness" {
                XCTAssertEqual(anchor, title, finding.rule)
            } else {
                let span = try XCTUnwrap(spans.popFirst())
                XCTAssertFalse(span.isEmpty)
                XCTAssertEqual(anchor, span, finding.rule)
                XCTAssertTrue(text.contains("依据："), text)
            }
        }
        XCTAssertEqual(report["formatting"] as? Bool, true, "every character must keep its run properties")
        XCTAssertEqual(report["markersOnly"] as? Bool, true, "document.xml may change only by the comments' marks and run splits")
        let changed = Set(try XCTUnwrap(report["changed"] as? [String]))
        XCTAssertTrue(changed.isSubset(of: Self.editableParts), "changed: \(changed)")
        XCTAssertTrue(changed.contains("word/document.xml") && changed.contains("word/comments.xml"))
        return report
    }

    func testPythonDocxDraftWithSplitRunsTrackedChangesAnExistingCommentAndATable() throws {
        let report = try checkAnnotation(of: "python-docx-draft.docx", existingComments: 1)
        let comments = try XCTUnwrap(report["comments"] as? [[String: Any]])
        XCTAssertEqual(comments.first?["author"] as? String, "法制办")
        XCTAssertEqual(comments.first?["anchor"] as? String, "乙方应当按期开工建设，并依法纳税。")
        // The document had comments: their relationship and content type are already there.
        XCTAssertEqual(Set(try XCTUnwrap(report["changed"] as? [String])), ["word/document.xml", "word/comments.xml"])
        XCTAssertTrue(try XCTUnwrap(report["identical"] as? [String]).contains("word/numbering.xml"))
    }

    func testLibreOfficeDraftWithSpansTrackedChangesAndAComment() throws {
        let report = try checkAnnotation(of: "libreoffice-draft.docx", existingComments: 1)
        let comments = try XCTUnwrap(report["comments"] as? [[String: Any]])
        XCTAssertEqual(comments.first?["author"] as? String, "法制办")
        XCTAssertEqual(Set(try XCTUnwrap(report["changed"] as? [String])), ["word/document.xml", "word/comments.xml"])
    }

    func testADocumentWithoutCommentsGainsThePartItsRelationshipAndContentType() throws {
        try write("draft.md", "# 投资协议\n\n第一条 甲方承诺项目用地出让价格为每亩8万元。\n")
        XCTAssertEqual(try run(["convert", "draft.md", "plain.docx"]).status, 0)
        let result = try run(["review", "--annotate", "out.docx", "plain.docx"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let report = try oracle(directory.appendingPathComponent("plain.docx"), directory.appendingPathComponent("out.docx"), spans: [])
        XCTAssertEqual(Set(try XCTUnwrap(report["changed"] as? [String])), Self.editableParts)
        XCTAssertEqual(report["markersOnly"] as? Bool, true)
    }

    func testMarkdownInputBecomesAnAnnotatedDocx() throws {
        let source = "# 投资协议\n\n甲方：某某县人民政府\n\n第一条 甲方承诺项目用地出让价格为每亩8万元。\n"
        try write("draft.md", source)
        let result = try run(["review", "--annotate", "draft.docx", "--author", "县司法局", "draft.md"])
        XCTAssertEqual(result.status, 1)
        let converted = try run(["convert", "draft.docx", "-"])
        XCTAssertTrue(converted.stdout.contains("出让价格为每亩8万元"), converted.stdout + converted.stderr)
        let report = try oracle(directory.appendingPathComponent("draft.docx"), directory.appendingPathComponent("draft.docx"), spans: [])
        let comments = try XCTUnwrap(report["comments"] as? [[String: Any]])
        XCTAssertTrue(comments.contains { $0["author"] as? String == "县司法局" && $0["anchor"] as? String == "出让价格" }, "\(comments)")
        // One comment per finding the report lists, with the report's rules in its order.
        let reported = try findings(of: "draft.md").map(\.rule)
        XCTAssertEqual(comments.compactMap { ($0["text"] as? String)?.split(separator: "]").first.map { String($0.dropFirst()) } }, reported)
    }

    func testErrorsWriteNothing() throws {
        try write("broken.docx", "PK\u{03}\u{04}not really a zip")
        let broken = try run(["review", "--annotate", "out.docx", "broken.docx"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.docx").path))

        let input = try copyFixture("libreoffice-draft.docx")
        let before = try Data(contentsOf: input)
        let overInput = try run(["review", "--annotate", "./libreoffice-draft.docx", "libreoffice-draft.docx"])
        XCTAssertEqual(overInput.status, 2)
        XCTAssertEqual(try Data(contentsOf: input), before)
        let twoInputs = try run(["review", "--annotate", "out.docx", "libreoffice-draft.docx", "broken.docx"])
        XCTAssertEqual(twoInputs.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.docx").path))
        XCTAssertEqual(try run(["review", "--author", "某人", "libreoffice-draft.docx"]).status, 2)
    }

    private func acceptAllChanges(_ input: URL, _ output: URL) throws {
        try LibreOfficeChanges.acceptAll(input, output, script: fixtures.appendingPathComponent("accept_changes.py"))
    }

    func testRedlinesAcceptedInLibreOfficeLeaveNoErrors() throws {
        for name in ["python-docx-draft.docx", "libreoffice-draft.docx"] {
            _ = try copyFixture(name)
            let expected = try findings(of: name)
            let result = try run(["review", "--redline", "--annotate", "redlined-\(name)", name])
            XCTAssertEqual(result.status, 1, result.stderr)
            let redlined = directory.appendingPathComponent("redlined-\(name)")
            let report = try oracle(directory.appendingPathComponent(name), redlined, spans: [])
            let comments = try XCTUnwrap(report["comments"] as? [[String: Any]])
            XCTAssertEqual(comments.filter { $0["author"] as? String == "契约审查" }.count, expected.count, name)
            XCTAssertEqual(report["markersOnly"] as? Bool, false, "tracked changes are more than marks")
            try checkNewAnnotationIds(report, name)

            let accepted = directory.appendingPathComponent("accepted-\(name)")
            try acceptAllChanges(redlined, accepted)
            let review = try run(["review", "--format", "json", accepted.lastPathComponent])
            XCTAssertEqual(review.status, 0, review.stdout)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any])
            let left = try XCTUnwrap((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
            XCTAssertEqual(left.filter { $0["severity"] as? String == "error" }.count, 0, "\(name): \(left.map { $0["rule"] ?? "" })")
            // Striking a sentence out may take with it the words a completeness check looked for
            // (投产 in a deleted reward clause), so what is left is about missing clauses only.
            XCTAssertTrue(left.allSatisfy { $0["category"] as? String == "completeness" }, "\(name): \(left.map { $0["rule"] ?? "" })")
            let text = try run(["convert", accepted.lastPathComponent, "-"]).stdout
            XCTAssertTrue(text.contains("项目用地通过招标拍卖挂牌方式依法出让"), text)
        }
    }

    /// Every annotation the redline added (comments, deletions, insertions, added paragraphs)
    /// has an id of its own, above every id already in the file's body, comments, headers,
    /// footers and notes: ECMA-376 makes an annotation's id unique in the document, not per kind.
    private func checkNewAnnotationIds(_ report: [String: Any], _ name: String) throws {
        let output = try XCTUnwrap(report["annotations"] as? [[Any]])
        var input = try XCTUnwrap(report["inputAnnotations"] as? [[Any]]).map { "\($0[0]) \($0[1]) \($0[2])" }
        var added: [(kind: String, id: Int)] = []
        for annotation in output {
            let key = "\(annotation[0]) \(annotation[1]) \(annotation[2])"
            if let index = input.firstIndex(of: key) { input.remove(at: index) } else { added.append((annotation[1] as! String, annotation[2] as! Int)) }
        }
        XCTAssertTrue(input.isEmpty, "\(name): annotations of the input lost: \(input)")
        XCTAssertEqual(Set(added.map(\.kind)), ["comment", "del", "ins"], name)
        let highest = try XCTUnwrap(report["highestInputId"] as? Int)
        XCTAssertGreaterThan(highest, 0, "\(name): the fixture holds comments and tracked changes of its own")
        XCTAssertTrue(added.allSatisfy { $0.id > highest }, "\(name): new ids must lie above \(highest): \(added)")
        XCTAssertEqual(Set(added.map(\.id)).count, added.count, "\(name): an id is shared: \(added)")
    }

    func testARedlineKeepsATypedClauseLabelAndReadsAsTheRewrite() throws {
        let source = "# 投资协议\n\n甲方：某某县人民政府\n\n第十四条 甲方为乙方向银行申请的贷款提供连带责任担保。\n"
        try write("draft.md", source)
        let result = try run(["review", "--redline", "--annotate", "draft.docx", "draft.md"])
        XCTAssertEqual(result.status, 1)
        // The reader shows tracked changes accepted, as Word does after 接受所有修订.
        let accepted = try run(["convert", "draft.docx", "-"]).stdout
        XCTAssertTrue(accepted.contains("第十四条"), accepted)
        XCTAssertTrue(accepted.contains("甲方协助乙方对接金融机构，融资及担保由乙方自行解决。"), accepted)
        XCTAssertFalse(accepted.contains("连带责任担保"), accepted)
        XCTAssertEqual(try run(["review", "--redline", "draft.md"]).status, 2)
    }

    func testHostileAndDamagedPackagesWriteNothing() throws {
        let whole = try Data(contentsOf: fixtures.appendingPathComponent("python-docx-draft.docx"))
        let inputs: [(String, Data)] = [
            ("truncated.docx", whole.prefix(whole.count / 2)),
            ("billion-laughs.docx", try Data(contentsOf: fixtures.deletingLastPathComponent().appendingPathComponent("billion-laughs.docx"))),
            ("empty.docx", Data()),
        ]
        for (name, data) in inputs {
            try data.write(to: directory.appendingPathComponent(name))
            let result = try run(["review", "--annotate", "out.docx", name])
            XCTAssertEqual(result.status, 2, name)
            XCTAssertTrue(result.stderr.hasPrefix("\(name)"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.docx").path), name)
        }
    }

    func testPlainTextAndHTMLInputsBecomeAnnotatedDocx() throws {
        let clause = "甲方承诺项目用地出让价格为每亩8万元。"
        let inputs = [("draft.txt", "投资协议\r\n甲方：某某县人民政府\r\n第一条 \(clause)\r\n"),
                      ("draft.html", "<h1>投资协议</h1><p>甲方：某某县人民政府</p><p>第一条 \(clause)</p>")]
        for (name, text) in inputs {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
            let result = try run(["review", "--annotate", "\(name).docx", name])
            XCTAssertEqual(result.status, 1, name + result.stderr)
            let output = directory.appendingPathComponent("\(name).docx")
            let report = try oracle(output, output, spans: [])
            let anchors = try XCTUnwrap(report["comments"] as? [[String: Any]]).compactMap { $0["anchor"] as? String }
            XCTAssertTrue(anchors.contains("出让价格"), "\(name): \(anchors)")
            XCTAssertTrue(anchors.contains("投资协议"), "\(name): \(anchors)")
        }
    }

    func testExitStatusFollowsFailOnAndCommentsFollowTheLanguage() throws {
        _ = try copyFixture("libreoffice-draft.docx")
        let result = try QiyueProcess.run(
            ["--lang", "en", "review", "--fail-on", "never", "--format", "json", "--annotate", "out.docx", "libreoffice-draft.docx"],
            currentDirectory: directory
        )
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("{"), result.stdout)
        let output = directory.appendingPathComponent("out.docx")
        let report = try oracle(output, output, spans: [])
        let texts = try XCTUnwrap(report["comments"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        XCTAssertTrue(texts.contains { $0.hasPrefix("[land.price-promise] ") && $0.contains("Suggestion: ") && $0.contains("Place: ") }, "\(texts)")
    }
}
