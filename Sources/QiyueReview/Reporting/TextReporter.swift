import QiyueCore

/// `--format text`: compiler-style findings with the source line underlined, the legal
/// basis and the suggested rewrite, then a count per severity and category.
public struct TextReporter: Sendable {
    public var language: Language
    public var colored: Bool
    /// The pack's categories, which the summary lists even when nothing was found in them.
    public var categories: [RuleCategory]

    public init(language: Language, colored: Bool = false, categories: [RuleCategory] = RulePack.builtInCategories) {
        self.language = language
        self.colored = colored
        self.categories = categories
    }

    /// The findings of every readable file, each file's basis list after its findings;
    /// unreadable files are left to `errors(_:)`.
    public func render(_ report: ReviewReport) -> String {
        report.files.map(render).joined() + summary(ReviewTally(report.files))
    }

    /// One file's findings and its basis list (empty for a file without findings), so a
    /// batch can write each file's part on the thread that reviewed it.
    public func render(_ file: FileReview) -> String {
        guard !file.findings.isEmpty else { return "" }
        let printer = DiagnosticPrinter(language: language, colored: colored)
        var output = ""
        let references = BasisReferences(file.findings)
        for finding in file.findings {
            // The headline names the place in the user's file; the caret goes under the
            // reviewed line, whose columns differ when a reader mapped them (DOCX, HTML).
            var real = finding.diagnostic(in: language)
            real.location?.file = file.path
            if let numbers = references.numbers(for: finding) {
                let note = Diagnostic.Note((language == .zh ? "依据：" : "basis: ") + numbers)
                real.notes.insert(note, at: max(0, real.notes.count - 1))
            }
            var display = real
            display.location?.column = finding.sourceColumn
            let rendered = printer.render(display, sourceLine: Substring(finding.sourceLine))
            output += printer.headline(real) + rendered.drop { $0 != "\n" }
        }
        return output + references.list(for: file.path, language: language)
    }

    /// The `path:line:col: error: …` line of one unreadable file; `nil` for a file that was read.
    public func error(_ file: FileReview) -> String? {
        guard let error = file.error else { return nil }
        let printer = DiagnosticPrinter(language: language, colored: colored)
        guard let line = file.errorLine else { return "\(TerminalText.escaped(file.path)): " + printer.headline(.error(error)) + "\n" }
        let location = SourceLocation(file: file.path, line: line, column: file.errorColumn ?? 1)
        return printer.headline(.error(error, at: location)) + "\n"
    }

    /// `审查 2 个文件：错误 2，警告 1，提示 0；土地 1，税收 1，担保与隐性债务 0，协议完整性 1`
    public func summary(_ report: ReviewTally) -> String {
        let zh = language == .zh
        let perCategory = report.categories(declared: categories).map { "\($0.title.text(in: language)) \(report.count($0))" }.joined(separator: zh ? "，" : ", ")
        let files = report.files
        let unreadable = report.unreadable
        if zh {
            var line = "审查 \(files) 个文件：错误 \(report.count(.error))，警告 \(report.count(.warning))，提示 \(report.count(.info))；\(perCategory)"
            if unreadable > 0 { line += "；未审查 \(unreadable) 个文件" }
            return line + "\n"
        }
        var line = "reviewed \(files) file\(files == 1 ? "" : "s"): \(report.count(.error)) error(s), \(report.count(.warning)) warning(s), \(report.count(.info)) info; \(perCategory)"
        if unreadable > 0 { line += "; \(unreadable) not reviewed" }
        return line + "\n"
    }
}
