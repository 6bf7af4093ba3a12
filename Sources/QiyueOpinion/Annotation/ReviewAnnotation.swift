import Foundation
import QiyueCore
import QiyueDocuments
import QiyueReview

/// `review --annotate`: reviews one file and writes it as a Word file with a comment per finding.
///
/// A DOCX is reviewed from the very read the editor marks up, so every comment stands on
/// the text the finding is about; the package is edited in place. A Markdown, HTML or
/// plain-text file is first written as a DOCX of its document, which is then reviewed and
/// annotated the same way. Nothing is written unless everything succeeded.
public struct ReviewAnnotation: Sendable {
    public let engine: ReviewEngine
    public let author: DocxRevisionAuthor
    public let language: Language
    /// Whether findings with a concrete rewrite also become tracked changes.
    public var redline = false

    public init(engine: ReviewEngine, author: DocxRevisionAuthor, language: Language, redline: Bool = false) {
        self.engine = engine
        self.author = author
        self.language = language
        self.redline = redline
    }

    /// The file's review for the report and the annotated package, or the review with its error and no package.
    public func annotate(path: String, data: Data) -> (review: FileReview, output: Data?) {
        do {
            let isDocx = URL(fileURLWithPath: path).pathExtension.lowercased() == "docx"
            let report: FileReview
            let editable: DocxEditableDocument
            // The review of the text the comments go into: its findings place the comments, its parties orient the model clauses.
            let annotated: ReviewOutcome
            if isDocx {
                editable = try DocxReader().readForEditing(data)
                try ReviewInputReader.requireText(editable.text, language: language)
                annotated = engine.outcome(editable.text, file: path)
                report = FileReview(path: path, findings: annotated.findings)
            } else {
                let extracted = try ReviewInputReader.extract(path: path, data: data, language: language)
                report = FileReview(path: path, findings: engine.review(extracted, file: path))
                editable = try DocxReader(options: .ownPackage).readForEditing(try DocxWriter().write(try document(path: path, data: data)))
                annotated = engine.outcome(editable.text, file: path)
            }
            let findings = isDocx ? report.findings : Self.matching(report.findings, in: annotated.findings)
            // Only a redline puts wording in, so only a redline places the clauses.
            let modelClauses = redline ? ModelClauses(document: editable, pack: engine.compiled.pack, parties: annotated.parties) : nil
            let comments = findings.map { FindingComment.comment(for: $0, in: editable, redline: modelClauses, language: language) }
            return (report, try DocxAnnotator(author: author).annotate(editable, with: comments))
        } catch let error as TextDecodingError {
            return (FileReview(path: path, error: error.message.text(in: language), errorLine: error.line, errorColumn: error.column), nil)
        } catch let diagnostic as Diagnostic {
            return (FileReview(path: path, error: diagnostic.message, errorLine: diagnostic.location?.line, errorColumn: diagnostic.location?.column), nil)
        } catch let error as DocumentReadError {
            let prefix = LocalizedText(zh: "无法读取文档：", en: "cannot read the document: ").text(in: language)
            return (FileReview(path: path, error: prefix + error.text(in: language)), nil)
        } catch {
            return (FileReview(path: path, error: String(describing: error)), nil)
        }
    }

    /// The findings of the converted document that stand for the findings of its source, one
    /// for one, so the comments are exactly the findings the report lists: a finding of the
    /// converted document that the source's review does not have (a clause exempted in a form
    /// the conversion drops) gets no comment, and a source finding the converted document lacks
    /// keeps its comment, anchored on the title.
    static func matching(_ source: [Finding], in converted: [Finding]) -> [Finding] {
        var remaining = converted
        return source.map { finding in
            let key = { (candidate: Finding) in candidate.ruleID == finding.ruleID }
            let sameSentence = remaining.firstIndex { key($0) && squeezed($0.excerpt).hasSuffix(squeezed(finding.excerpt).suffix(12)) }
            guard let index = sameSentence ?? remaining.firstIndex(where: key) else {
                var unplaced = finding
                unplaced.diagnostic.location = nil
                return unplaced
            }
            return remaining.remove(at: index)
        }
    }

    private static func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    /// The document of a text-format input, as `convert` reads it; plain text is one paragraph per line.
    private func document(path: String, data: Data) throws -> Document {
        switch DocumentFormat(path: path) {
        case .markdown?, .html?:
            return try DocumentInput.read(data, format: DocumentFormat(path: path)!, path: path, displayName: path, language: language).0
        default:
            let text = try PlainTextDecoder.decode(data, path: path)
            let lines = LineIndex(text).lines.filter { !$0.allSatisfy(\.isWhitespace) }
            return Document(blocks: lines.map { .paragraph([.text(String($0))]) })
        }
    }
}
