import Foundation
import QiyueCore
import QiyueDocuments
import QiyueReview

/// The legality review of a freshly rendered agreement, before anything is written.
///
/// It goes through the same reader and the same built-in rule pack as `qiyue review`, so an
/// agreement that `qiyue agreement` writes is one that `qiyue review` passes, and findings
/// are printed exactly as `qiyue review` prints them, located in the rendered Markdown
/// (which is what `-o OUT.md` writes).
struct AgreementReview {
    let report: ReviewReport

    /// Reviews `markdown`; `label` names it in the findings (`agreement.md:40:57: error: …`).
    init(markdown: String, label: String) throws {
        let pack = try RulePack.builtIn()
        // The text reviewed is the rendered Markdown whatever the output format, so it is read
        // as Markdown even when `label` names a .docx or .html file.
        let extracted = MarkdownReviewText.extract(markdown)
        let findings = ReviewEngine(pack: pack).review(extracted)
        report = ReviewReport(files: [FileReview(path: label, findings: findings)], rules: pack.rules, toolVersion: QiyueVersion.current)
    }

    var errorCount: Int { report.count(.error) }
    var warningCount: Int { report.count(.warning) }

    /// At most this many findings are printed; an agreement with more is not a draft to read
    /// finding by finding, and hostile data must not flood the terminal.
    static let printedFindings = 50

    /// Prints the findings and the per-category summary on standard error when there are any,
    /// exactly as `qiyue review` prints them (the first fifty, then a count of the rest); then,
    /// for each printed finding whose text came from a field of the project file, a note that
    /// points at those characters in the project file.
    func report(to context: CommandContext, project: DraftingProject) {
        let findings = report.allFindings
        guard !findings.isEmpty else { return }
        let reporter = TextReporter(language: context.language, colored: context.colorErrors)
        let shown = Array(findings.prefix(Self.printedFindings))
        if shown.count == findings.count {
            context.writeErr(reporter.render(report))
        } else {
            let path = report.files.first?.path ?? ""
            var text = reporter.render(ReviewReport(files: [FileReview(path: path, findings: shown)], rules: report.rules, toolVersion: report.toolVersion))
            // The partial report's summary counts only the shown findings; state the totals instead.
            if let lastLine = text.dropLast().lastIndex(of: "\n") { text = String(text[...lastLine]) } else { text = "" }
            text += context.localized(
                zh: "……另有 \(findings.count - shown.count) 个问题未列出；审查共发现错误 \(errorCount) 个，警告 \(warningCount) 个\n",
                en: "… \(findings.count - shown.count) more findings not listed; the review found \(errorCount) error(s) and \(warningCount) warning(s) in all\n")
            context.writeErr(text)
        }
        let origin = ProjectTextOrigin(file: project.file)
        let index = project.file.lineIndex
        for finding in shown {
            if let note = origin.note(for: finding, language: context.language) { context.report(note, source: index) }
        }
    }
}
