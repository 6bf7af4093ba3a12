import QiyueCore
import QiyueDrafting
import QiyueReview
import QiyueTemplate

/// Prints what the drafting pipeline reports, the way the other commands print: located
/// messages with their source lines, template errors as `qiyue render` prints them, and
/// review findings exactly as `qiyue review` prints them.
struct DraftingPrinter {
    let context: CommandContext

    /// At most this many findings are printed; a document with more is not a draft to read
    /// finding by finding, and hostile data must not flood the terminal.
    static let printedFindings = 50

    /// At most this many project and template messages are printed, as `check` prints its
    /// findings: thousands of duplicate keys must not take minutes and megabytes of terminal.
    static let printedMessages = 100

    func print(_ messages: [DraftingMessage]) {
        for message in messages.prefix(Self.printedMessages) { context.report(message.diagnostic, source: message.source) }
        if messages.count > Self.printedMessages {
            let hidden = messages.count - Self.printedMessages
            context.writeErr(context.localized(zh: "……另有 \(hidden) 条消息未显示；用 qiyue check --format json 查看全部\n",
                                               en: "… \(hidden) more messages not shown; qiyue check --format json lists them all\n"))
        }
    }

    func print(_ error: TemplateError) {
        context.writeErr(error.rendered(language: context.language, colored: context.colorErrors))
    }

    /// The findings and the per-category summary on standard error when there are any (the
    /// first fifty, then a count of the rest); then, for each printed finding whose text came
    /// from a field of the project file, a note that points at those characters in that file.
    func print(_ review: DraftReview, project: DraftingProject) {
        let report = review.report
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
                zh: "……另有 \(findings.count - shown.count) 个问题未列出；审查共发现错误 \(review.errorCount) 个，警告 \(review.warningCount) 个\n",
                en: "… \(findings.count - shown.count) more findings not listed; the review found \(review.errorCount) error(s) and \(review.warningCount) warning(s) in all\n")
            context.writeErr(text)
        }
        let origin = ProjectTextOrigin(file: project.file)
        let index = project.file.lineIndex
        // Completeness findings are about what the whole document lacks, not about any text in it.
        for finding in shown where finding.category != .completeness {
            if let note = origin.note(for: finding, language: context.language) { context.report(note, source: index) }
        }
    }

    /// Runs `pipeline` and prints everything it reports; the exit status: 0 written, 1 refused
    /// by the review, 2 a project, template or data error. Every draft's HTML is held to the
    /// context's size limit, so `describe` says only what differs between the commands.
    func run(_ pipeline: DraftingPipeline, describe: (DraftingProject) -> DraftWriter,
             written: (DraftReview) -> String) throws -> Int32 {
        let result: DraftingResult
        do {
            result = try pipeline.run { project in
                var writer = describe(project)
                writer.maximumHTMLBytes = context.maximumHTMLBytes
                return writer
            }
        } catch let failure as DraftingFailure {
            print(failure.messages)
            return ExitCode.usageOrInput.rawValue
        } catch let error as TemplateError {
            print(error)
            return ExitCode.usageOrInput.rawValue
        }
        print(result.messages)
        print(result.review, project: result.project)
        let outputPath = pipeline.request.outputPath
        guard result.written else {
            context.writeErr(context.localized(
                zh: "qiyue: 审查发现 \(result.review.errorCount) 个错误，未写入“\(outputPath)”。请修改项目文件或模板；确需保留时使用 --force。\n",
                en: "qiyue: the review found \(result.review.errorCount) error(s); '\(outputPath)' was not written. Fix the project file or the template, or use --force.\n"))
            return ExitCode.findings.rawValue
        }
        context.writeOut(written(result.review))
        return ExitCode.success.rawValue
    }
}
