import Foundation
import QiyueCore

/// Reads a Word 97–2003 document (`.doc`, and Kingsoft `.wps`, which is the same format)
/// into review text and the document model, paragraph by paragraph (`第7段`, table cells).
///
/// The compound file gives the WordDocument and table streams; the FIB locates the piece
/// table; the pieces give the text in character order. Paragraphs end at `\r`, table cells at
/// `\x07`, and field instructions (`\x13…\x14`) are dropped while their results are kept.
/// Every size is checked against the stream it points into.
public struct DocReader: Sendable {
    public var limits: CompoundFileLimits

    public init(limits: CompoundFileLimits = .default) {
        self.limits = limits
    }

    /// Whether `data` is a compound file holding a Word document (a Works `.wps` is not).
    public static func isWordDocument(_ data: Data) -> Bool {
        guard CompoundFile.isCompoundFile(data), let file = try? CompoundFile(data: data) else { return false }
        return file.entries.contains { $0.type == 2 && $0.name == "WordDocument" }
    }

    public func read(_ data: Data) throws -> ExtractedDocument {
        try read(data, buildingModel: true)
    }

    public func readText(_ data: Data) throws -> ExtractedText {
        try read(data, buildingModel: false).text
    }

    private func read(_ data: Data, buildingModel: Bool) throws -> ExtractedDocument {
        let file = try CompoundFile(data: data, limits: limits)
        guard let stream = try file.stream(named: "WordDocument") else {
            throw Self.error("复合文档中没有 WordDocument 流，不是 Word 文档：请另存为 .docx 后再审查", "the compound file has no WordDocument stream, so it is not a Word document: save it as .docx")
        }
        let fib = try DocFileInformation(stream: stream)
        guard !fib.isEncrypted else {
            throw Self.error("文档已加密，无法审查：请去除密码后另存为 .docx 再审查", "the document is encrypted: remove the password, save it as .docx and review that")
        }
        let tableName = fib.usesTable1 ? "1Table" : "0Table"
        guard let table = try file.stream(named: tableName) else {
            throw Self.error("复合文档中没有 \(tableName) 流", "the compound file has no \(tableName) stream")
        }
        guard fib.clxLength > 0, fib.clxOffset <= table.count, fib.clxLength <= table.count - fib.clxOffset else {
            throw Self.error("文档的 CLX 超出 \(tableName) 流", "the document's CLX lies outside the \(tableName) stream")
        }
        let pieces = try DocPieceTable(clx: table[fib.clxOffset..<fib.clxOffset + fib.clxLength])
        let mainEnd = fib.mainTextLength
        let footnoteEnd = mainEnd + fib.footnoteLength
        var properties = DocParagraphProperties(
            stream: stream, table: table, offset: fib.paragraphPropertiesOffset, length: fib.paragraphPropertiesLength
        )
        var body = DocTextSplitter()
        body.add(try pieces.text(0..<mainEnd, in: stream), from: 0) { cp in
            pieces.streamOffset(of: cp).map { properties.properties(at: $0) } ?? DocParagraphProperties.Properties()
        }
        var notes: [DocxBodyItem] = []
        if fib.footnoteLength > 0 {
            var splitter = DocTextSplitter(ignoresTables: true)
            splitter.add(try pieces.text(mainEnd..<footnoteEnd, in: stream), from: mainEnd) { _ in DocParagraphProperties.Properties() }
            notes = [.noteStart] + splitter.finish()
        }
        return BodyItemDocument.assemble(body.finish(), notes: notes, buildingModel: buildingModel)
    }

    static func error(_ zh: String, _ en: String) -> DocumentReadError {
        DocumentReadError(zh: zh, en: en)
    }
}
