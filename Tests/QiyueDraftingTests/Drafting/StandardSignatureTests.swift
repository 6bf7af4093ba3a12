import Foundation
import QiyueCore
@testable import QiyueDocuments
import QiyueDrafting
import QiyueTestSupport
import XCTest

/// The standard layout's signature block: two parties a row, and no line wider than its half
/// of the row at the size it is set in, so that `法定代表人或授权代表（签字）：` never wraps.
final class StandardSignatureTests: ScratchDirectoryTestCase {
    func testNoSignatureLineWraps() throws {
        let half = DocxStyle.standard.textWidth / 2
        for project in ExampleDrafts.projectNames {
            let (bytes, _) = try ExampleDrafts.agreement(project, in: directory)
            let body = try ExampleDrafts.part("word/document.xml", of: bytes)
            let table = try XCTUnwrap(body.components(separatedBy: "<w:tbl>").last?.components(separatedBy: "</w:tbl>").first)
            XCTAssertTrue(table.contains(">甲方（盖章）<") && table.contains("<w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(half)\"/>"), project)
            var lines = 0
            for paragraph in table.components(separatedBy: "<w:p>").dropFirst() {
                let text = WordText.paragraphs(in: "<w:p>" + paragraph).joined()
                guard !text.isEmpty else { continue }
                lines += 1
                let size = Int(paragraph.components(separatedBy: "<w:sz w:val=\"").dropFirst().first?.prefix(while: \.isNumber) ?? "") ?? DocxStyle.standard.bodySize
                XCTAssertLessThanOrEqual(DisplayWidth.of(text) * size * 5, half - DocxStyle.cellPadding, "\(project): \(text)")
                XCTAssertGreaterThanOrEqual(size, 16, "\(project): \(text)")
            }
            XCTAssertGreaterThanOrEqual(lines, 6, project)
        }
    }

    /// A party whose name is longer than half a row is set small enough to keep it on one line.
    func testALongPartyNameIsSetSmallerRatherThanWrapped() throws {
        let name = "某某市某某经济技术开发区开发建设投资有限公司"
        let document = Document(blocks: [.signatureBlock([
            SignatureParty(role: "甲方（盖章）", name: "", lines: ["某县人民政府", "法定代表人或授权代表（签字）："]),
            SignatureParty(role: "丙方（盖章）", name: "", lines: [name, "法定代表人或授权代表（签字）："]),
        ])])
        let body = try ExampleDrafts.part("word/document.xml", of: try DocxWriter(style: .standard).write(document))
        let paragraphs = body.components(separatedBy: "<w:p>")
        let long = try XCTUnwrap(paragraphs.first { $0.contains(name) })
        let size = try XCTUnwrap(Int(long.components(separatedBy: "<w:sz w:val=\"").dropFirst().first?.prefix(while: \.isNumber) ?? ""))
        XCTAssertLessThan(size, DocxStyle.standard.bodySize)
        XCTAssertLessThanOrEqual(DisplayWidth.of(name) * size * 5, DocxStyle.standard.textWidth / 2 - DocxStyle.cellPadding)
        // The lines that fit keep the body size.
        let short = try XCTUnwrap(paragraphs.first { $0.contains("某县人民政府") })
        XCTAssertFalse(short.contains("<w:sz "), short)
    }
}
