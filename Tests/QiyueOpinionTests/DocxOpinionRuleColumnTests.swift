import Foundation
import QiyueCore
import QiyueDocuments
@testable import QiyueOpinion
import QiyueReview
import QiyueTestSupport
import XCTest

/// The Word opinion's rule-id columns are wide enough that no id breaks inside a word
/// (`land.zer` / `o-price`), as LibreOffice lays the table out, and the ids read back exactly.
final class DocxOpinionRuleColumnTests: ScratchDirectoryTestCase {
    func testThePiecesALineMayNotBreakInside() {
        XCTAssertEqual(DocxColumnFit.widestPiece("land.zero-price"), 10)
        XCTAssertEqual(DocxColumnFit.widestPiece("completeness.investment-obligations"), 24)
        XCTAssertEqual(DocxColumnFit.widestPiece("第二条 · 第24行\nland.per-mu-rebate\n错误"), 9)
        XCTAssertEqual(DocxColumnFit.widestPiece("序号"), 2)
        XCTAssertEqual(DocxColumnFit.widestPiece(""), 0)
    }

    func testAWidenedColumnTakesOnlyWhatTheOthersCanSpare() {
        let fit = DocxColumnFit(style: .standard)
        let rows = [[TableCell([.text("1")]), TableCell([.text("completeness.investment-obligations")]), TableCell([.text("甲方")]), TableCell([.text("乙方")])]]
        let widths = fit.widths([0.5, 1.7, 4.6, 3.2], rows: rows, columns: [1])
        XCTAssertEqual(widths.reduce(0, +), 10, accuracy: 1e-9)
        XCTAssertEqual(widths[0], 0.5, "the number column keeps its width")
        let twips = widths[1] / 10 * Double(DocxStyle.standard.textWidth)
        XCTAssertGreaterThanOrEqual(twips, Double(fit.neededWidth(["completeness.investment-obligations"])) - 1)
        XCTAssertGreaterThanOrEqual(widths[2], 4.6 / 2)
        XCTAssertGreaterThanOrEqual(widths[3], 3.2 / 2)
        // A column that already fits is left as it was.
        XCTAssertEqual(fit.widths([0.5, 1.7, 4.6, 3.2], rows: [[TableCell([.text("1")]), TableCell([.text("tax.x")])]], columns: [1]), [0.5, 1.7, 4.6, 3.2])
    }

    /// Two widened columns of a long id (the exemptions' rule and silenced findings) take what
    /// the narrow Chinese columns can give, but leave each of them four characters a line, so
    /// that `第5行` and `豁免理由` are not set one character a line.
    func testANarrowChineseColumnKeepsFourCharactersALine() {
        let fit = DocxColumnFit(style: .standard)
        let id = "procurement.designated-purchase.of.the.investors.own.products.and.services.only"
        let rows = [[TableCell([.text("1")]), TableCell([.text("第5行"), .lineBreak, .text("豁免注释 第5行")]), TableCell([.text(id)]),
                     TableCell([.text("经集体决策同意")]), TableCell([.text("第二条 甲方承诺指定采购乙方的产品。")]), TableCell([.text(id + " 政府方承诺指定采购")])]]
        let planned = [0.5, 1.4, 1.8, 2.4, 3, 2.6]
        let widths = fit.widths(planned, rows: rows, columns: [2, 5])
        XCTAssertEqual(widths.reduce(0, +), planned.reduce(0, +), accuracy: 1e-9)
        XCTAssertEqual(widths[0], 0.5, "the number column keeps its width")
        XCTAssertGreaterThan(widths[2], planned[2])
        let kept = Double(DocxStyle.characterWidth(DocxStyle.standard.tableTextSize) * DocxColumnFit.keptCharacters + DocxStyle.cellPadding)
        let twips = { (width: Double) in width / planned.reduce(0, +) * Double(DocxStyle.standard.textWidth) }
        for column in [1, 3] {
            // A column planned narrower than that keeps what it had.
            XCTAssertGreaterThanOrEqual(twips(widths[column]), min(twips(planned[column]), kept) - 1e-6, "column \(column): \(widths)")
        }
        XCTAssertEqual(widths[1], planned[1], "the location column is no wider than four characters: it gives nothing")
    }

    /// Laid out by LibreOffice, every piece of every id stands whole on a line of the PDF.
    func testLibreOfficeBreaksNoIdInsideAWord() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            throw XCTSkip("LibreOffice or poppler-utils is not installed")
        }
        let text = "# 投资协议\n\n甲方：某某县人民政府\n\n乙方：某某科技有限公司\n\n第一条 甲方承诺项目用地出让价格为每亩8万元。\n\n"
            + "第二条 甲方为乙方向银行申请的贷款提供连带责任担保。\n\n第三条 甲方按乙方缴纳税款地方留成部分的50%给予奖励。\n"
        let pack = try RulePack.builtIn()
        let outcome = ReviewEngine(pack: pack).outcome(ExtractedText(text: text), file: "a.md")
        let file = FileReview(path: "a.md", findings: outcome.findings, exemptions: outcome.exemptions,
                              source: ReviewedSource(sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count, text: text))
        let opinion = ReviewOpinion(report: ReviewReport(files: [file], rules: pack.rules, toolVersion: "9.9"), rulePack: pack, reviewer: nil, date: "2026-12-04", language: .zh)
        let ids = Set(outcome.findings.map(\.ruleID))
        XCTAssertTrue(ids.contains("guarantee.government-guarantee") && ids.contains { $0.hasPrefix("completeness.") }, "\(ids)")

        let docx = directory.appendingPathComponent("opinion.docx")
        try DocxOpinionWriter().write(opinion).write(to: docx)
        try run("/usr/bin/soffice", ["-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", directory.path, docx.path])
        // The words LibreOffice set, line by line (the TSV keeps a line-end hyphen, which plain text joins away).
        let words = try run("/usr/bin/pdftotext", ["-tsv", directory.appendingPathComponent("opinion.pdf").path, "-"])
            .split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t", omittingEmptySubsequences: false).last.map(String.init) }
            .filter { !$0.isEmpty && !$0.hasPrefix("###") }
        let read = try DocxReader().readText(Data(contentsOf: docx)).text
        for id in ids {
            let occurrences = read.components(separatedBy: id).count - 1
            XCTAssertGreaterThan(occurrences, 0, "the reader must find \(id) whole")
            XCTAssertEqual(laidOut(id, in: words), occurrences, "\(id) is broken inside a word: \(words.filter { id.contains($0) })")
        }
    }

    /// How often `id` is set as consecutive words that each end at a hyphen, the last excepted.
    private func laidOut(_ id: String, in words: [String]) -> Int {
        var count = 0
        for start in words.indices {
            var joined = ""
            for word in words[start...] {
                joined += word
                guard id.hasPrefix(joined) else { break }
                if joined == id { count += 1; break }
                if !word.hasSuffix("-") { break }
            }
        }
        return count
    }

    @discardableResult
    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) failed")
        return String(decoding: data, as: UTF8.self)
    }
}
