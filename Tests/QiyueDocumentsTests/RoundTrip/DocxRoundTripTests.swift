import Foundation
import XCTest
@testable import QiyueDocuments

/// Markdown → DOCX (our writer) → document (our reader) must print as the Markdown does.
///
/// Both sides are rendered with `PlainTextWriter`, so any paragraph, label, table cell or
/// inline text the DOCX round trip loses or invents shows up as a text difference.
final class DocxRoundTripTests: XCTestCase {
    static let corpus = ["agreement", "tables"]

    private func markdownDocument(_ name: String) throws -> Document {
        let source = String(decoding: try ReaderFixtures.data("roundtrip/\(name).md"), as: UTF8.self)
        return MarkdownReader(baseDirectory: TestSupportDirectory.fixtures.appendingPathComponent("roundtrip"), fileName: name + ".md").read(source).document
    }

    func testMarkdownToDocxToTextEqualsMarkdownToText() throws {
        for name in Self.corpus {
            let document = try markdownDocument(name)
            let docx = try DocxWriter(style: .standard).write(document)
            let read = try DocxReader().read(docx)
            XCTAssertEqual(PlainTextWriter().write(read.document), PlainTextWriter().write(document), name)
        }
    }

    /// The review text read from the DOCX has, line for line, the text `PlainTextWriter` prints
    /// (blank lines, bullets, rules and table padding aside: review text has one cell per line),
    /// followed by the header and footer the writer adds, labelled as such.
    func testReviewTextOfTheDocxHasThePlainTextLines() throws {
        for name in Self.corpus {
            let document = try markdownDocument(name)
            let review = try DocxReader().read(try DocxWriter(style: .standard).write(document)).text
            let expected = PlainTextWriter().write(document).split(separator: "\n").flatMap { line -> [String] in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed == "* * *" { return [] }
                if trimmed.contains(" | ") { return trimmed.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                return [trimmed.hasPrefix("• ") ? String(trimmed.dropFirst(2)) : trimmed]
            }
            let lines = zip(review.text.split(separator: "\n").map(String.init), review.origins)
            let body = lines.filter { !($0.1.label ?? "").hasPrefix("页眉") && !($0.1.label ?? "").hasPrefix("页脚") }
            XCTAssertEqual(body.map(\.0), expected, name)
            XCTAssertEqual(lines.map(\.1.label).filter { $0?.hasPrefix("页脚") ?? false }.count, 1, "the footer with page numbers is a part of its own")
        }
    }

    /// The writers' corpus (agreement, brochure, official document, tables, hostile Markdown).
    func testWritersCorpusSurvivesTheDocxRoundTrip() throws {
        for name in Fixtures.corpusNames {
            let document = try Fixtures.document(name)
            let read = try DocxReader().read(try DocxWriter(style: .standard).write(document))
            XCTAssertEqual(PlainTextWriter().write(read.document), PlainTextWriter().write(document), name)
        }
    }

    /// Pictures, the signature block and the title page come back as the same model values.
    func testImagesSignatureBlockAndTitlePageSurvive() throws {
        let document = try Fixtures.document("agreement")
        let read = try DocxReader().read(try DocxWriter(style: .standard).write(document)).document
        func images(_ blocks: [Block]) -> [Image] { blocks.compactMap { if case let .image(image) = $0 { image } else { nil } } }
        let original = try XCTUnwrap(images(document.blocks).first)
        let roundTripped = try XCTUnwrap(images(read.blocks).first)
        XCTAssertEqual(roundTripped.data, original.data)
        XCTAssertEqual(roundTripped.format, original.format)
        XCTAssertEqual(roundTripped.altText, original.altText)
        let size = original.displaySize(maximumWidth: 10_000)
        XCTAssertEqual(roundTripped.widthPoints ?? 0, size.width, accuracy: 0.01)
        XCTAssertEqual(roundTripped.heightPoints ?? 0, size.height, accuracy: 0.01)
        let signatures = { (blocks: [Block]) in blocks.compactMap { if case let .signatureBlock(parties) = $0 { parties } else { nil } } }
        XCTAssertEqual(signatures(read.blocks), signatures(document.blocks))
        XCTAssertFalse(signatures(read.blocks).isEmpty)
        let titlePages = { (blocks: [Block]) in blocks.filter { if case .titlePage = $0 { true } else { false } } }
        XCTAssertEqual(titlePages(read.blocks), titlePages(document.blocks))
        XCTAssertEqual(titlePages(read.blocks).count, 1)
    }
}
