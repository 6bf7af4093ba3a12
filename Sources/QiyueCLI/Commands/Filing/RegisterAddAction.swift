import Foundation
import QiyueCore
import QiyueFiling
import QiyueProjects
import QiyueReview

/// `register add AGREEMENT --project P.json`: reviews the agreement (or takes a report) and
/// files it, refusing an agreement with review errors unless a reason is given.
struct RegisterAddAction {
    func run(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        let agreement = try arguments.positionals(named: "AGREEMENT")[0]
        guard let projectPath = arguments.value("project") else { throw UsageError.missingArgument("--project P.json") }
        let project: ProjectFile
        do throws(ProjectFileError) {
            project = try ProjectFile.load(projectPath)
        } catch {
            return ProjectInput.fail(error, context: context)
        }
        guard let data = FileManager.default.contents(atPath: agreement) else {
            context.report(.error(context.localized(zh: "无法读取协议文件", en: "cannot read the agreement"), at: SourceLocation(file: agreement, line: 1, column: 1)))
            return ExitCode.usageOrInput.rawValue
        }
        guard let review = try reviewRecord(arguments, agreement: agreement, data: data, context: context) else {
            return ExitCode.usageOrInput.rawValue
        }
        let request = FilingRequest(
            agreementPath: agreement, digest: FileDigest(of: data), project: RegisteredProject(file: project), review: review,
            signingDate: arguments.value("signing-date") ?? project.root.string(at: "/agreement/sign_date"),
            filingDate: arguments.value("filing-date") ?? Self.today(),
            fairCompetition: arguments.value("fair-competition"), collectiveDecision: arguments.value("collective-decision"),
            reviewer: arguments.value("reviewer"), acceptedReason: arguments.value("accept-findings"))
        if let refusal = request.refusal() {
            context.report(.error(refusal.text(in: context.language), at: SourceLocation(file: agreement, line: 1, column: 1)))
            return review.errors > 0 ? ExitCode.findings.rawValue : ExitCode.usageOrInput.rawValue
        }
        let appended: RegisterStore.Appended
        do {
            appended = try RegisterStore.append(path) { contents in
                request.entry(number: contents.nextNumber(filingDate: request.filingDate), registerPath: path)
            }
        } catch let error as RegisterError {
            context.report(error.diagnostic(in: context.language))
            return ExitCode.usageOrInput.rawValue
        }
        if let tail = appended.recovered { RegisterOpening.reportTornTail(tail, path: path, removed: true, context: context) }
        let entry = appended.entry
        context.writeOut(context.localized(
            zh: "已登记：第 \(entry.sequence) 条，登记号 \(entry.number)，\(entry.project.name)；审查\(review.conclusionText(in: .zh))（错误 \(review.errors)，警告 \(review.warnings)）；SM3 \(entry.file.digest.sm3)\n",
            en: "filed: entry \(entry.sequence), number \(entry.number), \(entry.project.name); review \(review.conclusionText(in: .en)) (\(review.errors) errors, \(review.warnings) warnings); SM3 \(entry.file.digest.sm3)\n"))
        return ExitCode.success.rawValue
    }

    /// The review record: from `--review REPORT.json`, or a review run now with the current pack.
    private func reviewRecord(_ arguments: ParsedArguments, agreement: String, data: Data, context: CommandContext) throws -> ReviewRecord? {
        if let reportPath = arguments.value("review") {
            guard let bytes = FileManager.default.contents(atPath: reportPath) else {
                context.report(.error(context.localized(zh: "无法读取审查报告", en: "cannot read the review report"), at: SourceLocation(file: reportPath, line: 1, column: 1)))
                return nil
            }
            switch ReviewReportFile.record(from: Array(bytes), path: reportPath, language: context.language) {
            case let .success(record):
                if let reviewed = ReviewReportFile.reviewedPath(of: record),
                   URL(fileURLWithPath: reviewed).lastPathComponent != URL(fileURLWithPath: agreement).lastPathComponent {
                    context.report(.warning(context.localized(
                        zh: "审查报告审查的是“\(reviewed)”，不是“\(agreement)”：请确认报告与所登记的文件对应",
                        en: "the report reviewed '\(reviewed)', not '\(agreement)': make sure it belongs to the file being filed"),
                        at: SourceLocation(file: reportPath, line: 1, column: 1)))
                }
                return record
            case let .failure(diagnostic):
                context.report(diagnostic)
                return nil
            }
        }
        guard let pack = try RulePackLoader.load(userPacks: arguments.values("rules"), context: context) else { return nil }
        let engine = ReviewEngine(pack: pack, language: context.language)
        let file = ReviewFileReader(engine: engine, language: context.language, keepSource: false, readStandardInput: { nil }).review(data: data, path: agreement)
        if let error = file.error {
            context.report(.error(error, at: SourceLocation(file: agreement, line: file.errorLine ?? 1, column: file.errorColumn ?? 1)))
            return nil
        }
        let report = ReviewReport(files: [file], rules: pack.rules, toolVersion: QiyueVersion.current)
        if !file.findings.isEmpty {
            context.writeErr(TextReporter(language: context.language, colored: context.colorErrors, categories: pack.categories).render(report))
        }
        return ReviewRecord(report: report, pack: pack, language: context.language)
    }

    /// Today's date in the machine's time zone, as the bureau's calendar has it.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
