import Foundation
import QiyueCore
import QiyueDocuments
import QiyueReview

/// The legality review of a drafted document, run on the bytes about to be written.
///
/// The bytes go through `ReviewInputReader` — the reader `qiyue review OUT` uses — with the
/// same built-in rule pack, so the gate sees exactly the text a reviewer of the written file
/// sees: a DOCX is read as a DOCX, an HTML page as HTML, Markdown as Markdown. Text that only
/// looked harmless in the template's Markdown (emphasis splitting a clause, a comment) is
/// judged as it comes out, and findings are located in the output file.
public struct DraftReview: Sendable {
    public let report: ReviewReport

    /// Reviews `bytes`, the document as it will be written to `path`.
    public init(bytes: Data, path: String, language: Language) throws {
        let pack = try RulePack.builtIn()
        let extracted = try ReviewInputReader.extract(path: path, data: bytes, language: language)
        let findings = ReviewEngine(pack: pack).review(extracted, file: path)
        report = ReviewReport(files: [FileReview(path: path, findings: findings)], rules: pack.rules, toolVersion: QiyueVersion.current)
    }

    public var findings: [Finding] { report.allFindings }
    public var errorCount: Int { report.count(.error) }
    public var warningCount: Int { report.count(.warning) }
}
