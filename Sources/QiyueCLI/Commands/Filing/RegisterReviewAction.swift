import Foundation
import QiyueCore
import QiyueFiling
import QiyueReview

/// `register review`: re-runs the current rules on every registered agreement and lists
/// what they flag beyond the review recorded at filing.
struct RegisterReviewAction {
    func run(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        try RegisterReadAction.noPositionals(arguments)
        guard let contents = RegisterOpening.read(path, context: context) else { return ExitCode.usageOrInput.rawValue }
        if let problem = RegisterVerifier().verify(contents).problem, problem.kind != .incomplete {
            context.report(RegisterError.broken(path: path, problem: problem).diagnostic(in: context.language))
            return ExitCode.findings.rawValue
        }
        let userPacks = arguments.values("rules")
        guard let pack = try RulePackLoader.load(userPacks: userPacks, context: context) else { return ExitCode.usageOrInput.rawValue }
        let packLabel = (["\(pack.name) \(pack.version)"] + userPacks.compactMap { try? RulePack.load(path: $0) }.map { "\($0.name) \($0.version)" }).joined(separator: " + ")
        let engine = ReviewEngine(pack: pack, language: context.language)
        let preferences = Set(pack.categories.filter(\.preference).map(\.id))
        let zh = context.language == .zh
        var withNew = 0, grandfathered = 0, unreadable = 0
        for entry in contents.entries {
            let file = RegisterPath.resolve(entry.file.path, register: path)
            let head = zh ? "第 \(entry.sequence) 条 \(entry.number) \(entry.project.name)（签署 \(entry.signingDate ?? "未填")）"
                          : "entry \(entry.sequence) \(entry.number) \(entry.project.name) (signed \(entry.signingDate ?? "not given"))"
            guard let data = FileManager.default.contents(atPath: file) else {
                unreadable += 1
                context.report(.error(context.localized(zh: "第 \(entry.sequence) 条登记的文件无法读取", en: "the file of entry \(entry.sequence) cannot be read"), at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            var output = head
            let digest = FileDigest(of: data)
            if digest.sm3 != entry.file.digest.sm3 {
                output += zh ? "；注意：文件已不是登记的版本（登记 SM3 \(entry.file.digest.sm3.prefix(16))…，现 \(digest.sm3.prefix(16))…），按现文件复审"
                             : "; note: the file is no longer the registered version (filed SM3 \(entry.file.digest.sm3.prefix(16))…, now \(digest.sm3.prefix(16))…); reviewing the file as it is"
            }
            let review = ReviewFileReader(engine: engine, language: context.language, keepSource: false, readStandardInput: { nil }).review(data: data, path: file)
            if let error = review.error {
                unreadable += 1
                context.report(.error(error, at: SourceLocation(file: file, line: review.errorLine ?? 1, column: review.errorColumn ?? 1)))
                continue
            }
            let current = ReviewRecord(report: ReviewReport(files: [review], rules: pack.rules, toolVersion: QiyueVersion.current), pack: pack, language: context.language).findings
            let fresh = Rereview.newFindings(recorded: entry.review.findings, current: current)
            if fresh.isEmpty {
                output += zh ? "：现行规则（\(packLabel)）未发现新问题\n" : ": the current rules (\(packLabel)) flag nothing new\n"
                context.writeOut(output)
                continue
            }
            let kept = fresh.filter { Rereview.isGrandfathered($0, in: entry, preferences: preferences) }
            if kept.count == fresh.count { grandfathered += 1 } else { withNew += 1 }
            output += zh ? "：现行规则（\(packLabel)）新发现 \(fresh.count) 处（登记时规则包 \(entry.review.rulePack)）\n"
                         : ": the current rules (\(packLabel)) flag \(fresh.count) new place(s) (filed under \(entry.review.rulePack))\n"
            for finding in fresh {
                let severity = zh ? ["error": "错误", "warning": "警告", "info": "提示"][finding.severity] ?? finding.severity : finding.severity
                output += "  \(entry.file.path):\(finding.line):\(finding.column): \(severity): [\(finding.rule)] \(finding.message)\n"
                if Rereview.isGrandfathered(finding, in: entry, preferences: preferences) { output += "    " + (zh ? "注：" : "note: ") + Rereview.grandfatherNote.text(in: context.language) + "\n" }
            }
            context.writeOut(output)
        }
        context.writeOut(context.localized(
            zh: "复审 \(contents.entries.count) 条：\(withNew) 条有须处理的新发现，\(grandfathered) 条的新发现为 2015-05-10 前已签合同中的优惠政策，\(unreadable) 条无法复审\n",
            en: "re-reviewed \(contents.entries.count) entries: \(withNew) with new findings to act on, \(grandfathered) whose new findings are preferences in contracts signed before 2015-05-10, \(unreadable) could not be re-reviewed\n"))
        if unreadable > 0 { return ExitCode.usageOrInput.rawValue }
        return withNew > 0 ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }
}
