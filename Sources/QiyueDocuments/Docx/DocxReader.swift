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

    public init(options: DocxReaderOptions = DocxReaderOptions()) {
        self.options = options
    }

    public func read(_ data: Data) throws -> ExtractedDocument {
        let package = try DocxPackage(data: data, zipLimits: options.zipLimits, xmlLimits: options.xmlLimits)
        let styles = try package.relatedParts(ofKind: "styles").first.flatMap { try package.tree(of: $0) }.map(DocxStyles.init) ?? DocxStyles()
        let numbering = try package.relatedParts(ofKind: "numbering").first.flatMap { try package.tree(of: $0) }.map(DocxNumbering.init) ?? DocxNumbering()
        var resolver = DocxParagraphResolver(numbering: numbering, styles: styles)

        var text = DocxTextAssembler(part: .body)
        var document = DocxDocumentAssembler()
        let images = DocxImageLoader(package: package)
        try read(package.mainPart, in: package) { item in
            let resolved = images.load(resolver.resolve(item))
            text.add(resolved)
            document.add(resolved)
        }
        var lines = text.lines
        var origins = text.origins

        let secondaryParts: [(kind: String, part: (Int) -> DocxTextAssembler.Part)] = [
            ("header", { .header($0) }), ("footer", { .footer($0) }), ("footnotes", { _ in .footnotes }), ("endnotes", { _ in .endnotes }),
        ]
        for (kind, part) in secondaryParts {
            for (index, name) in package.relatedParts(ofKind: kind).enumerated() {
                var partResolver = DocxParagraphResolver(numbering: numbering, styles: styles)
                var assembler = DocxTextAssembler(part: part(index + 1))
                try read(name, in: package) { assembler.add(partResolver.resolve($0)) }
                lines += assembler.lines
                origins += assembler.origins
            }
        }
        let metadata = try DocxCoreProperties.metadata(of: package)
        return ExtractedDocument(
            document: Document(metadata: metadata, blocks: document.finish()),
            text: ExtractedText(text: lines.joined(separator: "\n"), origins: origins)
        )
    }

    private func read(_ part: String, in package: DocxPackage, sink: (DocxBodyItem) -> Void) throws {
        guard let bytes = try package.part(part) else { return }
        var reader = DocxPartReader(
            includeDeletedText: options.includeDeletedText, limits: options.xmlLimits, hyperlinkTargets: package.hyperlinkTargets
        )
        do {
            try reader.read(bytes, sink: sink)
        } catch let error as DocumentReadError {
            throw error.inPart(part)
        }
    }
}
