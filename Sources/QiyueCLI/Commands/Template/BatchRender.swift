import Foundation
import QiyueCore
import QiyueTemplate

/// `--data-lines`: one output file per JSON line, streamed, bad records reported and skipped.
struct BatchRender {
    let template: Template
    let environment: TemplateEnvironment
    let recordsPath: String
    let outputDirectory: String
    let nameTemplate: String
    let assignments: [VariableAssignment]
    let reporter: TemplateErrorReporter

    func run(context: CommandContext) throws -> Int32 {
        let nameRenderer: Template
        do {
            nameRenderer = try environment.template(source: nameTemplate, name: "--name")
        } catch let error as TemplateError {
            reporter.report(error, inTemplate: false)
            return ExitCode.usageOrInput.rawValue
        }
        guard let reader = LineReader(path: recordsPath) else {
            throw UsageError.other(LocalizedText(zh: "无法读取记录文件 \(recordsPath)", en: "cannot read records file \(recordsPath)"))
        }
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw UsageError.other(LocalizedText(zh: "无法创建输出目录 \(outputDirectory)", en: "cannot create output directory \(outputDirectory)"))
        }
        var lineNumber = 0
        var failed = 0
        var written = 0
        var usedNames: [String: Int] = [:]
        let recordNote = { (line: Int) in context.localized(zh: "记录位于 \(recordsPath) 第 \(line) 行", en: "record on line \(line) of \(recordsPath)") }
        while let line = reader.nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                var record = try TemplateValue(jsonData: Data(line), fileName: recordsPath, language: context.language)
                guard case .object = record else {
                    throw TemplateError(
                        diagnostic: .error(context.localized(zh: "每行必须是一个 JSON 对象", en: "each line must be a JSON object"),
                                           at: SourceLocation(file: recordsPath, line: lineNumber, column: 1)),
                        sourceLine: String(decoding: line, as: UTF8.self))
                }
                for assignment in assignments { try assignment.apply(to: &record) }
                let fileName = try nameRenderer.render(record).trimmingCharacters(in: .whitespacesAndNewlines)
                try checkFileName(fileName, line: lineNumber, context: context)
                if let earlier = usedNames[fileName] {
                    throw TemplateError(
                        diagnostic: .error(
                            context.localized(zh: "文件名“\(fileName)”与第 \(earlier) 行的记录重复", en: "file name '\(fileName)' repeats the record on line \(earlier)"),
                            at: SourceLocation(file: recordsPath, line: lineNumber, column: 1)),
                        sourceLine: nil)
                }
                let text = try template.render(record)
                try AtomicFile.write(text, to: (outputDirectory as NSString).appendingPathComponent(fileName))
                usedNames[fileName] = lineNumber
                written += 1
            } catch let error as TemplateError {
                failed += 1
                report(error, line: lineNumber, note: recordNote(lineNumber))
            } catch let error as AtomicFile.WriteError {
                failed += 1
                context.writeErr(context.errorPrinter.render(
                    .error(error.description, at: SourceLocation(file: recordsPath, line: lineNumber, column: 1)), sourceLine: nil))
            }
        }
        if failed > 0 {
            context.writeErr(context.localized(
                zh: "\(recordsPath)：共 \(written + failed) 条记录，\(failed) 条失败，已生成 \(written) 个文件\n",
                en: "\(recordsPath): \(failed) of \(written + failed) records failed; \(written) files written\n"))
            return ExitCode.findings.rawValue
        }
        return ExitCode.success.rawValue
    }

    /// JSON errors are positioned on the record's line; template errors keep their place in
    /// the template and gain a note naming the record.
    private func report(_ error: TemplateError, line: Int, note: String) {
        if var location = error.diagnostic.location, location.file == recordsPath {
            location.line = line
            var diagnostic = error.diagnostic
            diagnostic.location = location
            reporter.report(TemplateError(diagnostic: diagnostic, sourceLine: error.sourceLine), inTemplate: false)
        } else if error.diagnostic.location?.file == "--name" {
            reporter.report(error, inTemplate: false, notes: [note])
        } else {
            reporter.report(error, notes: [note])
        }
    }

    /// A file name from `--name` must stay inside the output directory.
    private func checkFileName(_ name: String, line: Int, context: CommandContext) throws {
        guard name.isEmpty || name == "." || name == ".." || name.contains("/") || name.contains("\0") else { return }
        throw TemplateError(
            diagnostic: .error(
                context.localized(zh: "由 --name 得到的文件名“\(name)”无效（不能为空，不能含“/”）", en: "invalid file name '\(name)' from --name (must be non-empty, without '/')"),
                at: SourceLocation(file: recordsPath, line: line, column: 1)),
            sourceLine: nil)
    }
}
