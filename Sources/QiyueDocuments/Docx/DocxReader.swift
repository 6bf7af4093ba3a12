import Foundation
import QiyueCore

/// Reads a Word (.docx) file into review text and the document model.
///
/// The body comes first, in reading order, one line per paragraph (or per table-cell
/// paragraph) with list labels such as 第五条 reconstructed from `numbering.xml`; then
/// headers, footers, footnotes and endnotes, each line labelled with its part so a
/// finding in a footnote is never mistaken for one in the body.
public struct DocxReader: Sendable {
    public var options: DocxReaderOptions
    /// The main-part size (uncompressed) from which the part is inflated, and the model built,
    /// on threads of their own; below it, starting threads costs more than it saves. Tests
    /// lower it to compare both ways.
    var concurrentModelThreshold = 1 << 20

    public init(options: DocxReaderOptions = DocxReaderOptions()) {
        self.options = options
    }

    public func read(_ data: Data) throws -> ExtractedDocument {
        let (text, document) = try read(data, buildingModel: true)
        return ExtractedDocument(document: document ?? Document(blocks: []), text: text)
    }

    /// Only the review text, without building the document model or loading pictures:
    /// what `qiyue review` needs. It spares the model's memory and the second thread's work.
    public func readText(_ data: Data) throws -> ExtractedText {
        try read(data, buildingModel: false).text
    }

    /// The review text together with what an editor needs to mark it up in place: the
    /// package, the main part's bytes and its paragraphs with their source anchors. The text
    /// is the very text `readText` gives, from the same read, so a finding's place in it is a
    /// place in the part.
    public func readForEditing(_ data: Data) throws -> DocxEditableDocument {
        let editing = DocxEditableDocument.Collector()
        let (text, _) = try read(data, buildingModel: false, editing: editing)
        guard let package = editing.package, let bytes = editing.mainPartBytes else {
            throw DocumentReadError(zh: "不是 Word 文档：缺少正文部件", en: "not a Word document: the main part is missing")
        }
        return DocxEditableDocument(
            text: text, package: package, mainPart: bytes, paragraphs: editing.paragraphs, inTable: editing.inTable,
            highestSecondaryId: editing.highestSecondaryId
        )
    }

    private func read(_ data: Data, buildingModel: Bool, editing: DocxEditableDocument.Collector? = nil) throws -> (text: ExtractedText, document: Document?) {
        let package = try DocxPackage(data: data, zipLimits: options.zipLimits, xmlLimits: options.xmlLimits)
        let styles = try package.relatedParts(ofKind: "styles").first.flatMap { try package.tree(of: $0) }.map(DocxStyles.init) ?? DocxStyles()
        let numbering = try package.relatedParts(ofKind: "numbering").first.flatMap { try package.tree(of: $0) }.map(DocxNumbering.init) ?? DocxNumbering()
        var resolver = DocxParagraphResolver(numbering: numbering, styles: styles)

        let images = DocxImageLoader(package: package)
        let mainPartSize = package.zip.entry(named: package.mainPart)?.uncompressedSize ?? 0
        var text = DocxTextAssembler(part: .body)
        // The text never outgrows its WordprocessingML (Chinese prose can be three quarters of
        // it); reserving that much once spares the copies of doubling, and pages never written
        // are never touched.
        text.reserveCapacity(mainPartSize)
        // Only the model moves to a thread of its own: assembling the text there as well was
        // measured slower (strings made on one thread and freed on another contend in malloc).
        let model = buildingModel ? DocxModelPipeline(concurrent: mainPartSize >= concurrentModelThreshold) : nil
        if let editing {
            // Edited in place: the part is inflated once and kept, and its paragraphs keep their anchors.
            guard let bytes = try package.ownedPart(package.mainPart) else { return (ExtractedText(text: ""), nil) }
            editing.package = package
            editing.mainPartBytes = bytes
            var tableDepth = 0
            try read(bytes, part: package.mainPart, in: package, recordsAnchors: true) { item in
                let resolved = resolver.resolve(item)
                switch resolved {
                case let .paragraph(paragraph):
                    editing.paragraphs.append(paragraph)
                    editing.inTable.append(tableDepth > 0)
                case .tableStart: tableDepth += 1
                case .tableEnd: tableDepth = max(0, tableDepth - 1)
                default: break
                }
                text.add(resolved)
            }
        } else {
            do {
                try read(package.mainPart, in: package, streamed: mainPartSize >= concurrentModelThreshold) { item in
                    let resolved = resolver.resolve(item)
                    guard let model else { return text.add(resolved) }
                    let withImages = images.load(resolved)
                    text.add(withImages)
                    model.send(withImages)
                }
            } catch {
                _ = model?.finish()
                throw error
            }
        }
        let blocks = model?.finish()

        let secondaryParts: [(kind: String, part: (Int) -> DocxTextAssembler.Part)] = [
            ("header", { .header($0) }), ("footer", { .footer($0) }), ("footnotes", { _ in .footnotes }), ("endnotes", { _ in .endnotes }),
        ]
        let bodyLineCount = text.origins.count
        for (kind, part) in secondaryParts {
            for (index, name) in package.relatedParts(ofKind: kind).enumerated() {
                var partResolver = DocxParagraphResolver(numbering: numbering, styles: styles)
                text.begin(part(index + 1))
                guard let editing else {
                    try read(name, in: package) { text.add(partResolver.resolve($0)) }
                    continue
                }
                // The editor numbers what it adds above every id these parts hold: they are
                // inflated here once, for both.
                guard let bytes = try package.ownedPart(name) else { continue }
                editing.highestSecondaryId = max(editing.highestSecondaryId, DocxAnnotationIds.highestId(in: bytes.buffer))
                try read(bytes, part: name, in: package) { text.add(partResolver.resolve($0)) }
            }
        }
        let extracted = ExtractedText(text: text.text, origins: text.origins, bodyLineCount: bodyLineCount)
        guard let blocks else { return (extracted, nil) }
        return (extracted, Document(metadata: try DocxCoreProperties.metadata(of: package), blocks: blocks))
    }

    /// Reads one part; with `streamed`, a deflated part is inflated on a thread of its own
    /// while the reader follows it, which hides most of the inflating of a long body.
    private func read(_ part: String, in package: DocxPackage, streamed: Bool = false, sink: (DocxBodyItem) -> Void) throws {
        var reader = DocxPartReader(
            includeDeletedText: options.includeDeletedText, limits: options.xmlLimits, hyperlinkTargets: package.hyperlinkTargets
        )
        if streamed, let entry = package.zip.entry(named: part), let inflation = try package.zip.streamingContents(of: entry) {
            do {
                try reader.read(inflation.output, source: inflation, sink: sink)
            } catch let error as DocumentReadError {
                inflation.cancel()
                throw error.inPart(part)
            } catch {
                inflation.cancel()
                throw error
            }
            return
        }
        guard let bytes = try package.ownedPart(part) else { return }
        try read(bytes, part: part, in: package, sink: sink)
    }

    /// Reads a part already inflated into `bytes`.
    private func read(_ bytes: OwnedBytes, part: String, in package: DocxPackage, recordsAnchors: Bool = false, sink: (DocxBodyItem) -> Void) throws {
        var reader = DocxPartReader(
            includeDeletedText: options.includeDeletedText, limits: options.xmlLimits, hyperlinkTargets: package.hyperlinkTargets
        )
        reader.recordsAnchors = recordsAnchors
        do {
            try reader.read(bytes, sink: sink)
        } catch let error as DocumentReadError {
            throw error.inPart(part)
        }
    }
}
