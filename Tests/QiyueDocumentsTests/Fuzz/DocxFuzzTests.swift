import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Random WordprocessingML bodies and damaged real packages: each is read (as a model and
/// as review text) or refused with a `DocumentReadError`; nothing else, and never slowly.
final class DocxFuzzTests: XCTestCase {
    static let elements = [
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
        "<w:tc>", "</w:tc>", "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>", "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>", "<w:vMerge/>",
        "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>", "<w:pPr><w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>",
        "<w:rPr><w:b/><w:vanish/></w:rPr>", "<w:br/>", "<w:tab/>", "<w:ins w:id=\"1\">", "</w:ins>", "<w:del w:id=\"2\">", "</w:del>",
        "<w:delText>删</w:delText>", "<w:fldSimple w:instr=\"PAGE\">", "</w:fldSimple>", "<w:fldChar w:fldCharType=\"begin\"/>",
        "<w:instrText>HYPERLINK x</w:instrText>", "<w:fldChar w:fldCharType=\"separate\"/>", "<w:fldChar w:fldCharType=\"end\"/>",
        "<w:hyperlink r:id=\"rId9\">", "</w:hyperlink>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:footnoteReference w:id=\"1\"/>",
        "<w:drawing><wp:inline><a:blip r:embed=\"rId7\"/></wp:inline></w:drawing>", "<mc:AlternateContent>", "</mc:AlternateContent>",
        "第一条", "甲方承诺返还土地出让金", "&amp;", "&lt;", "&#x4E2D;", "&#0;", "&bogus;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", " ", "\n",
    ]

    private func check(_ data: Data, seed: UInt64, reading: Bool = true) {
        let elapsed = ThreadCPUTime.measure {
            for streamed in [false, true] {
                var reader = DocxReader()
                if streamed { reader.concurrentModelThreshold = 0 }
                do {
                    _ = try reader.read(data)
                    _ = try reader.readText(data)
                } catch is DocumentReadError {
                } catch {
                    XCTFail("seed \(seed): threw \(error) instead of a DocumentReadError")
                }
            }
        }
        XCTAssertLessThan(elapsed, FuzzBudget.caseLimit * 2, "seed \(seed) took \(elapsed) s")
    }

    func testRandomBodies() {
        for seed in UInt64(1)...UInt64(FuzzBudget.iterations(default: 1_000)) {
            var random = SeededGenerator(seed: seed)
            let body = (0..<Int.random(in: 1...80, using: &random)).map { _ in Self.elements.randomElement(using: &random)! }.joined()
            let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>\(body)</w:body></w:document>"
            check(TestArchive.docx(documentXML: xml), seed: seed)
        }
    }

    /// Parts of real packages (LibreOffice's, python-docx's, our writer's) damaged, then
    /// packed again with valid checksums so the damage reaches the XML and package readers.
    func testDamagedRealPackages() throws {
        let ours = try DocxWriter().write(MarkdownReader().read(try String(contentsOf: Fixtures.corpus.appendingPathComponent("tables.md"), encoding: .utf8)).document)
        let packages = try [ReaderFixtures.data("docx/libreoffice-agreement.docx"), ReaderFixtures.data("docx/python-docx-agreement.docx"), ours].map { data in
            let reader = try ZipReader(data: data)
            return try reader.entries.map { ($0.name, try reader.contents(of: $0)) }
        }
        for seed in UInt64(300_000)..<UInt64(300_000 + FuzzBudget.iterations(default: 200)) {
            var random = SeededGenerator(seed: seed)
            let parts = packages.randomElement(using: &random)!
            let target = Int.random(in: 0..<parts.count, using: &random)
            var archive = TestArchive()
            for (index, (name, original)) in parts.enumerated() {
                var bytes = original
                if index == target || Int.random(in: 0..<8, using: &random) == 0 {
                    for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
                        let position = Int.random(in: 0..<bytes.count, using: &random)
                        switch Int.random(in: 0..<4, using: &random) {
                        case 0: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random)))
                        case 1: bytes.insert(contentsOf: Array(Self.elements.randomElement(using: &random)!.utf8), at: position)
                        case 2: bytes[position] = UInt8.random(in: 0...255, using: &random)
                        default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 200)], at: position)
                        }
                    }
                }
                if Int.random(in: 0..<30, using: &random) != 0 { archive.add(name, bytes: bytes) }
            }
            check(archive.data, seed: seed)
        }
    }

    /// Whole archives with raw bytes flipped: the ZIP reader's own checks meet them first.
    func testDamagedArchiveBytes() throws {
        let original = try ReaderFixtures.data("docx/libreoffice-agreement.docx")
        for seed in UInt64(400_000)..<UInt64(400_000 + FuzzBudget.iterations(default: 200)) {
            var random = SeededGenerator(seed: seed)
            var bytes = [UInt8](original)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                bytes[position] = UInt8.random(in: 0...255, using: &random)
            }
            if Int.random(in: 0..<4, using: &random) == 0 { bytes.removeLast(Int.random(in: 1...bytes.count / 2, using: &random)) }
            check(Data(bytes), seed: seed)
        }
    }
}
