import Foundation
import QiyueCore

/// A Word file read for marking up in place: its review text, and for every body paragraph
/// the bytes of `document.xml` its text is spelled in.
///
/// The review analyses `text` exactly as it analyses any DOCX; a finding's place in the
/// body (paragraph and column) then leads through the paragraph's anchors to the bytes an
/// editor splices comments and tracked changes at, and every other byte of the package is
/// copied as it was.
public final class DocxEditableDocument: @unchecked Sendable {
    /// The review text, the same `DocxReader.readText` gives.
    public let text: ExtractedText
    /// How many lines of `text` come from the body; the lines after them come from headers,
    /// footers and notes, whose places the body's paragraph numbers do not describe.
    public var bodyLineCount: Int { text.bodyLineCount ?? text.origins.count }
    let package: DocxPackage
    let mainPart: OwnedBytes
    /// The body's paragraphs in reading order: number N is `paragraphs[N - 1]`, as the review's `第N段`.
    let paragraphs: [DocxParagraph]
    /// Whether each body paragraph stands in a table cell, in the same order.
    private let inTable: [Bool]
    /// The highest annotation id (`w:id`) in the headers, footers and notes, or -1: found while
    /// they were read for the text, so the editor need not inflate them again.
    let highestSecondaryId: Int

    init(text: ExtractedText, package: DocxPackage, mainPart: OwnedBytes, paragraphs: [DocxParagraph], inTable: [Bool] = [], highestSecondaryId: Int = -1) {
        self.text = text
        self.package = package
        self.mainPart = mainPart
        self.paragraphs = paragraphs
        self.inTable = inTable
        self.highestSecondaryId = highestSecondaryId
    }

    /// What the reader gathers while it reads the body for editing.
    final class Collector {
        var package: DocxPackage?
        var mainPartBytes: OwnedBytes?
        var paragraphs: [DocxParagraph] = []
        var inTable: [Bool] = []
        var highestSecondaryId = -1
    }

    /// How many body paragraphs there are, numbered 1 to this as the review's `第N段`.
    public var paragraphCount: Int { paragraphs.count }

    /// Whether the body paragraph the review calls `第number段` stands in a table cell, where a
    /// paragraph added after it would land in the cell too.
    public func isInTable(_ number: Int) -> Bool {
        number >= 1 && number <= inTable.count && inTable[number - 1]
    }

    /// The text of the body paragraph the review calls `第number段` (without its list label), if there is one.
    public func paragraphText(_ number: Int) -> String? {
        paragraph(number)?.plainText
    }

    /// The body paragraph the review calls `第number段`, if there is one.
    func paragraph(_ number: Int) -> DocxParagraph? {
        number >= 1 && number <= paragraphs.count ? paragraphs[number - 1] : nil
    }

    /// The title, where findings about the whole document are anchored: among the first
    /// paragraphs with text, one styled as the title or a top-level heading, else the first.
    /// (An agreement often opens with its file number above the title.)
    var titleParagraph: Int? {
        let withText = paragraphs.indices.filter { !paragraphs[$0].pieces.isEmpty }.prefix(5)
        let styled = withText.first { paragraphs[$0].titleRole == .title || paragraphs[$0].headingLevel == 1 }
        return (styled ?? withText.first).map { $0 + 1 }
    }
}
