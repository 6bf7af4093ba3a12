import QiyueCore
import QiyueProjects

/// Renders a `ProjectCheckReport` as the text `qiyue check` prints: four numbered
/// sections (validation, maturity, admission, bilingual QA) and a one-line summary.
///
/// Findings print like compiler diagnostics (`file:line:col: error: /pointer: message`,
/// source line, caret) so editors can jump to them; the rest is plain lists.
struct CheckReportTextRenderer {
    var language: Language
    var printer: DiagnosticPrinter
    /// The review engine's findings in the project's text fields (`ProjectTextScreen`).
    var screening: [Diagnostic] = []

    private var zh: Bool { language == .zh }

    private func t(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    func render(_ report: ProjectCheckReport) -> String {
        var out = ""
        let name = report.file.text(at: "/name")?.zh ?? ""
        let id = report.file.root.string(at: "/id") ?? ""
        out += t("项目：", "Project: ") + (name.isEmpty ? id : (id.isEmpty ? name : t("\(name)（\(id)）", "\(name) (\(id))"))) + "\n"
        out += t("文件：", "File: ") + report.file.path + "\n\n"
        out += validationSection(report)
        out += maturitySection(report.maturity)
        out += admissionSection(report.admission)
        out += bilingualSection(report)
        out += screeningSection(report)
        out += summary(report)
        return out
    }

    /// At most this many findings are printed per section; `--format json` lists them all.
    static let maximumShown = 100
    /// Source lines longer than this many bytes are not reprinted under a message.
    static let longestExcerpt = 4000

    private func findings(_ findings: [ProjectFinding], in report: ProjectCheckReport) -> String {
        var out = findings.prefix(Self.maximumShown).map { finding in
            let diagnostic = report.file.diagnostic(for: finding, in: language)
            let line = diagnostic.location.flatMap { report.file.sourceLine($0.line, maximumBytes: Self.longestExcerpt) }
            return printer.render(diagnostic, sourceLine: line.map { Substring($0) })
        }.joined()
        if findings.count > Self.maximumShown {
            let hidden = findings.count - Self.maximumShown
            out += t("……另有 \(hidden) 条未显示；用 --format json 查看全部。\n", "… \(hidden) more not shown; use --format json to see them all.\n")
        }
        return out
    }

    private func validationSection(_ report: ProjectCheckReport) -> String {
        var out = t("一、数据校验\n", "1. Validation\n")
        out += report.validation.findings.isEmpty ? t("未发现问题。\n", "No problems found.\n") : findings(report.validation.findings, in: report)
        return out + "\n"
    }

    private func maturitySection(_ maturity: MaturityReport) -> String {
        var out = t("二、包装成熟度（行动计划第9项）：", "2. Package maturity (action plan item 9): ")
        out += "\(maturity.score)/\(maturity.maximum)" + t("，", ", ") + maturity.level.label.text(in: language) + "\n"
        for result in maturity.elements {
            let mark = result.points == result.element.maximum ? "✓" : "✗"
            out += "  \(mark) \(result.element.title.text(in: language)) \(result.points)/\(result.element.maximum)\n"
            for remark in result.remarks { out += "      " + remark.text(in: language) + "\n" }
        }
        let missing = maturity.missing
        if !missing.isEmpty {
            out += t("需补充：\n", "To add:\n")
            for field in missing { out += "  - \(field.pointer)" + t("：", ": ") + field.advice.text(in: language) + "\n" }
        }
        return out + "\n"
    }

    private func admissionSection(_ admission: AdmissionReport) -> String {
        var out = t("三、准入审查（指导意见附件1第二部分）：", "3. Admission screening (guidance annex 1, part 2): ")
        out += verdictLabel(admission.verdict) + "\n"
        for result in admission.results {
            out += "  \(zh ? result.redLine.number : "(\(result.redLine.rawValue)) ")\(result.redLine.title.text(in: language))" + t("：", ": ") + statusLabel(result.status) + "\n"
            for fact in result.facts { out += "      · " + fact.text(in: language) + "\n" }
        }
        let questions = admission.questions
        if !questions.isEmpty {
            out += t("须人工回答的问题（\(questions.count)）：\n", "Questions for a person to answer (\(questions.count)):\n")
            for (index, question) in questions.enumerated() { out += "  \(index + 1). " + question.text(in: language) + "\n" }
        }
        let source = admission.thresholds.source
        out += t("门槛来源：", "Thresholds: ") + (zh ? source.zh : source.en) + "\n"
        return out + "\n"
    }

    /// Every text field reviewed with the rules of `qiyue review`, since free text ends up in
    /// the documents drafted from the project.
    private func screeningSection(_ report: ProjectCheckReport) -> String {
        var out = t("五、合法性筛查（审查规则）\n", "5. Legality screening (review rules)\n")
        if screening.isEmpty {
            out += t("文本字段中未发现违规条款。\n", "No text field holds a clause the review rules object to.\n")
        } else {
            for diagnostic in screening.prefix(Self.maximumShown) {
                let line = diagnostic.location.flatMap { report.file.sourceLine($0.line, maximumBytes: Self.longestExcerpt) }
                out += printer.render(diagnostic, sourceLine: line.map { Substring($0) })
            }
        }
        return out + "\n"
    }

    private func bilingualSection(_ report: ProjectCheckReport) -> String {
        var out = t("四、双语检查\n", "4. Bilingual QA\n")
        let count = report.validation.textFields.count
        if report.bilingual.isEmpty {
            let english = count == 1
                ? "The one text field has both languages and uses the glossary's renderings.\n"
                : "All \(count) text fields have both languages and use the glossary's renderings.\n"
            out += t("\(count) 个文本字段中英齐全，术语符合词表。\n", english)
        } else {
            out += findings(report.bilingual, in: report)
        }
        return out + "\n"
    }

    private func summary(_ report: ProjectCheckReport) -> String {
        let all = report.validation.findings + report.bilingual
        let errors = all.filter { $0.severity == .error }.count + screening.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count + screening.filter { $0.severity == .warning }.count
        let notes = all.filter { $0.severity == .note }.count
        let questions = report.admission.questions.count
        return t(
            "结论：错误 \(errors) 个，警告 \(warnings) 个，注 \(notes) 个；成熟度 \(report.maturity.score)/\(report.maturity.maximum)；准入：\(verdictLabel(report.admission.verdict))（问题 \(questions) 个）\n",
            "Summary: \(count(errors, "error")), \(count(warnings, "warning")), \(count(notes, "note")); maturity \(report.maturity.score)/\(report.maturity.maximum); admission: \(verdictLabel(report.admission.verdict)) (\(count(questions, "question")))\n"
        )
    }

    /// `1 warning`, `2 warnings`.
    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private func verdictLabel(_ verdict: AdmissionReport.Verdict) -> String {
        switch verdict {
        case .rejected: return t("不予准入（触碰红线）", "rejected (a red line is crossed)")
        case .pendingReview: return t("待人工核实", "pending human review")
        case .admitted: return t("可以准入", "admissible")
        }
    }

    private func statusLabel(_ status: RedLineResult.Status) -> String {
        switch status {
        case .failed: return t("不通过", "failed")
        case .passed: return t("通过", "passed")
        case .undetermined: return t("数据不足，无法判定", "undetermined: data missing")
        case .needsHuman: return t("需人工核实", "needs human review")
        }
    }
}
