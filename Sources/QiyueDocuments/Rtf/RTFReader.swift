import Foundation
import QiyueCore

/// Reads a Rich Text Format file (from Word, WPS or LibreOffice) into review text and the
/// document model, paragraph by paragraph as the DOCX reader does (`第7段`, table cells).
///
/// An RTF draft read as plain text is all control words and no Chinese, so a review of it
/// once found nothing and said so; this reader decodes what a reader of the document sees.
/// Work is one pass over the bytes; nesting is bounded, and so is the file's size.
public struct RTFReader: Sendable {
    /// The largest file read; a draft is well under a megabyte of RTF, even with pictures it is rarely 50.
    public var maximumSize: Int

    public init(maximumSize: Int = 256 << 20) {
        self.maximumSize = maximumSize
    }

    public func read(_ data: Data) throws -> ExtractedDocument {
        try read(data, buildingModel: true)
    }

    public func readText(_ data: Data) throws -> ExtractedText {
        try read(data, buildingModel: false).text
    }

    private func read(_ data: Data, buildingModel: Bool) throws -> ExtractedDocument {
        guard data.count <= maximumSize else {
            throw DocumentReadError(zh: "RTF 文件超过 \(maximumSize >> 20) MiB", en: "the RTF file is larger than \(maximumSize >> 20) MiB")
        }
        var parser = RTFParser(bytes: [UInt8](data))
        try parser.parse()
        return BodyItemDocument.assemble(parser.items, notes: parser.notes, buildingModel: buildingModel)
    }
}
