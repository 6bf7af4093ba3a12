import QiyueCore
import QiyueReview

/// The fixed words of the opinion in its two languages, shared by the HTML and Word
/// writers so both views say the same thing.
struct OpinionLabels {
    let language: Language

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var title: String { pick("合法性审查意见书", "Legality Review Opinion") }
    var subject: String { pick("审查对象", "Document") }
    var digest: String { "SHA-256" }
    var date: String { pick("审查日期", "Date") }
    var rulePack: String { pick("规则包", "Rule pack") }
    var tool: String { pick("审查工具", "Tool") }
    var reviewer: String { pick("审查人", "Reviewer") }
    var conclusion: String { pick("审查结论", "Conclusion") }
    var summary: String { pick("问题汇总", "Summary") }
    var category: String { pick("类别", "Category") }
    var total: String { pick("合计", "Total") }
    var filesSummary: String { pick("各文件审查情况", "Files reviewed") }
    var file: String { pick("文件", "File") }
    var findings: String { pick("问题条款", "Findings") }
    var number: String { pick("序号", "No.") }
    var location: String { pick("位置", "Location") }
    var rule: String { pick("规则编号", "Rule") }
    var excerpt: String { pick("原文", "Clause") }
    var problem: String { pick("问题", "Problem") }
    var basis: String { pick("依据", "Basis") }
    var suggestion: String { pick("建议改写", "Suggested rewrite") }
    var rewrite: String { pick("可改为：", "Lawful wording: ") }
    var modelClause: String { pick("范本条款：", "Model clause: ") }
    var missing: String { pick("缺失要素", "Missing elements") }
    var exemptions: String { pick("豁免条款", "Exempted clauses") }
    var reason: String { pick("豁免理由", "Reason") }
    var exemptedFindings: String { pick("被豁免的问题", "Findings exempted") }
    var commentLine: String { pick("豁免注释", "Comment") }
    var fullText: String { pick("审查文本", "Reviewed text") }
    var promise: String { pick("承诺：", "Promise: ") }
    var none: String { pick("无", "None") }
    var noReason: String { pick("（未写理由）", "(no reason given)") }
    var nothingSilenced: String { pick("该行未触发所列规则", "the rules named did not fire on this line") }
    var signature: String { pick("审查人（签字）：", "Reviewer (signature): ") }
    var notReviewedReason: String { pick("未审查原因", "Why not reviewed") }

    func line(_ number: Int) -> String { pick("第\(number)行", "line \(number)") }
    func fileHeading(_ number: Int, _ name: String) -> String { pick("文件 \(number)：\(name)", "File \(number): \(name)") }
    func severity(_ severity: RuleSeverity) -> String {
        switch severity {
        case .error: return pick("错误", "Error")
        case .warning: return pick("警告", "Warning")
        case .info: return pick("提示", "Info")
        }
    }

    /// The sentence under the verdict: how many findings, and what the reader must do.
    func verdictDetail(_ opinion: ReviewOpinion) -> String {
        let totals = opinion.summary.totals
        let unread = opinion.files.filter { $0.error != nil }.count
        var text: String
        switch opinion.conclusion {
        case .reviseBeforeSigning:
            text = pick("发现错误 \(totals[0]) 项、警告 \(totals[1]) 项、提示 \(totals[2]) 项；请按“问题条款”逐条修改，修改后可签署。",
                        "\(totals[0]) error(s), \(totals[1]) warning(s), \(totals[2]) info; revise each clause listed under Findings before signing.")
        case .noViolationFound:
            text = pick("未发现错误或警告级别的问题（提示 \(totals[2]) 项）。", "No finding at error or warning level (\(totals[2]) info).")
        case .notReviewed:
            text = pick("有 \(unread) 份文件未能审查，不得视为已通过审查；其余文件发现错误 \(totals[0]) 项、警告 \(totals[1]) 项。",
                        "\(unread) file(s) could not be reviewed and must not be taken as passed; the others have \(totals[0]) error(s) and \(totals[1]) warning(s).")
        }
        return text
    }
}
