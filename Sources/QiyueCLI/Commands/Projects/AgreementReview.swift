import Foundation
import QiyueCore
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
        let extracted = try ReviewInputReader.extract(path: label, data: Data(markdown.utf8))
        let findings = ReviewEngine(pack: pack).review(extracted)
        report = ReviewReport(files: [FileReview(path: label, findings: findings)], rules: pack.rules, toolVersion: QiyueVersion.current)
    }

    var errorCount: Int { report.count(.error) }
    var warningCount: Int { report.count(.warning) }

    /// Prints the findings and the per-category summary on standard error when there are any,
    /// then, for each finding whose text came from a field of the project file, a note that
    /// points at those characters in the project file.
    func report(to context: CommandContext, project: DraftingProject) {
        guard !report.allFindings.isEmpty else { return }
        context.writeErr(TextReporter(language: context.language, colored: context.colorErrors).render(report))
        let origin = ProjectTextOrigin(file: project.file)
        let index = project.file.lineIndex
        for finding in report.allFindings {
            if let note = origin.note(for: finding, language: context.language) { context.report(note, source: index) }
        }
    }
}
