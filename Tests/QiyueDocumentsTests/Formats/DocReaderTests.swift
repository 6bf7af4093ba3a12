import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

final class DocReaderTests: XCTestCase {
    /// The Word 97–2003 file LibreOffice saved from the same DOCX reads, place for place, as that
    /// DOCX's body (headers and footers of a .doc are not read).
    func testLibreOfficeDocReadsLikeItsDocx() throws {
        for name in ["draft", "table"] {
            let doc = try DocReader().readText(try FormatFixtures.data(name + ".doc"))
            let docx = try DocxReader().readText(try FormatFixtures.data(name + ".docx"))
            XCTAssertEqual(FormatFixtures.labelledLines(doc), FormatFixtures.bodyLines(docx), name)
        }
    }

    func testTableCellsRowsAndChineseText() throws {
        let text = try DocReader().readText(try FormatFixtures.data("table.doc"))
        let lines = FormatFixtures.labelledLines(text)
        XCTAssertTrue(lines.contains("表格1 第3行 第2列@1: 甲方承诺土地出让价格为每亩 5 万元"), "\(lines)")
        XCTAssertTrue(lines.contains("表格1 第1行 第1列@1: 事项"), "\(lines)")
        let blocks = try DocReader().read(try FormatFixtures.data("table.doc")).document.blocks
        let tables = blocks.compactMap { block -> Table? in if case let .table(table) = block { table } else { nil } }
        XCTAssertEqual(tables.map(\.rows.count), [3])
    }

    func testFieldInstructionsAreDroppedAndResultsKept() throws {
        var splitter = DocTextSplitter()
        let units = Array("甲\u{13} HYPERLINK \"x\" \u{14}乙\u{15}丙\u{0B}丁\r\u{13}PAGE\u{15}戊\r".utf16)
        splitter.add(units, from: 0) { _ in DocParagraphProperties.Properties() }
        let text = BodyItemDocument.assemble(splitter.finish(), buildingModel: false).text
        XCTAssertEqual(text.text, "甲乙丙\n丁\n戊")
        XCTAssertEqual(text.origins.map(\.label), ["第1段", "第1段", "第2段"])
    }

    func testNotACompoundFileAndWorksDocumentsAreRefused() throws {
        assertReadError("not a Word 97–2003 compound file") { try DocReader().readText(Data("{\\rtf1 x}".utf8)) }
        var works = try [UInt8](FormatFixtures.data("draft.doc"))
        let name = Array("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let at = try XCTUnwrap(works.indices.first { works[$0..<min($0 + name.count, works.count)].elementsEqual(name) })
        works[at + 22] = UInt8(ascii: "X")
        XCTAssertFalse(DocReader.isWordDocument(Data(works)))
        assertReadError("no WordDocument stream") { try DocReader().readText(Data(works)) }
    }

    func testEncryptedAndWord95FilesAreRefusedWithAReason() throws {
        let original = try [UInt8](FormatFixtures.data("draft.doc"))
        let fib = try XCTUnwrap(Self.wordDocumentOffset(in: original))
        var encrypted = original
        encrypted[fib + 0x0B] |= 0x01
        assertReadError("encrypted") { try DocReader().readText(Data(encrypted)) }
        var old = original
        old[fib + 2] = 0x65
        old[fib + 3] = 0x00
        assertReadError("Word 6/95") { try DocReader().readText(Data(old)) }
    }

    func testLoopingAndOutOfRangeSectorChainsAreErrors() throws {
        let original = try [UInt8](FormatFixtures.data("draft.doc"))
        let directory = Int(Self.uint32(original, 0x30)), fatSector = Int(Self.uint32(original, 0x4C))
        var looping = original
        Self.setUInt32(&looping, (fatSector + 1) * 512 + directory * 4, UInt32(directory))
        assertReadError("loops") { try DocReader().readText(Data(looping)) }
        var outside = original
        Self.setUInt32(&outside, 0x30, 0x7FFF_0000)
        assertReadError("points outside the file") { try DocReader().readText(Data(outside)) }
        assertReadError("not a Word 97–2003 compound file") { try DocReader().readText(Data(original.prefix(300))) }
        XCTAssertThrowsError(try DocReader().readText(Data(original.prefix(2048))))
        assertReadError("larger than 1 MiB") {
            try DocReader(limits: CompoundFileLimits(maximumFileSize: 1 << 20)).readText(Data(original + [UInt8](repeating: 0, count: 1 << 20)))
        }
    }

    /// Damaged files from a fixed seed: each is read or refused, quickly, never a crash or a hang.
    func testRandomlyDamagedFilesNeverCrash() throws {
        let original = try [UInt8](FormatFixtures.data("table.doc"))
        var generator = SeededGenerator(seed: 14)
        var refused = 0
        assertFast(within: 60) {
            for _ in 0..<400 {
                var damaged = original
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                do { _ = try DocReader().read(Data(damaged)) } catch is DocumentReadError { refused += 1 } catch { XCTFail("\(error)") }
            }
        }
        XCTAssertGreaterThan(refused, 0)
    }

    /// The start of the WordDocument stream in the fixture (a regular-sector stream: it is over 4 KiB).
    static func wordDocumentOffset(in bytes: [UInt8]) -> Int? {
        guard let file = try? CompoundFile(data: Data(bytes)), let entry = file.entries.first(where: { $0.name == "WordDocument" }) else { return nil }
        return (Int(entry.start) + 1) * 512
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        FieldReader(bytes: bytes).uint32(at: offset)
    }

    static func setUInt32(_ bytes: inout [UInt8], _ offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }
}

/// A small deterministic generator (SplitMix64), so damaged inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
