import QiyueCore
import QiyueReview

/// The 合法性审查意见书: what a legal reviewer files for one review run, independent of the
/// format it is written in (the HTML page and the Word document are two views of it).
///
/// Every string in it is plain data: the writers escape it for their own markup.
public struct ReviewOpinion: Sendable, Hashable {
    public var language: Language
    /// The date the opinion is given, `2026-12-03`.
    public var date: String
    /// Who signs the opinion; `nil` leaves a line to fill in by hand.
    public var reviewer: String?
    public var rulePackName: String
    public var rulePackVersion: String
    public var toolVersion: String
    public var files: [OpinionFile]
    /// The rule pack's categories, the rows of the summary table.
    public var categories: [RuleCategory]

    public init(report: ReviewReport, rulePack: RulePack, reviewer: String?, date: String, language: Language) {
        self.language = language
        self.date = date
        self.reviewer = reviewer
        rulePackName = rulePack.name
        rulePackVersion = rulePack.version
        categories = rulePack.categories
        toolVersion = report.toolVersion
        let rewrites = rulePack.rewrites
        files = report.files.map { OpinionFile($0, categories: rulePack.categories, rewrites: rewrites, language: language) }
        for index in files.indices { files[index].number = index + 1 }
    }

    /// The conclusion over all files: not reviewed beats revise, revise beats clean.
    public var conclusion: OpinionConclusion {
        let conclusions = files.map(\.conclusion)
        if conclusions.contains(.notReviewed) { return .notReviewed }
        if conclusions.contains(.reviseBeforeSigning) { return .reviseBeforeSigning }
        return .noViolationFound
    }

    /// The findings of every file counted by category and severity.
    public var summary: OpinionSummary { OpinionSummary(files.flatMap(\.allFindings), categories: categories) }

    /// The title naming the document (or the number of documents) reviewed.
    public var subject: String {
        if files.count == 1 { return files[0].name }
        return language == .zh ? "\(files.count) 份文件" : "\(files.count) documents"
    }
}
