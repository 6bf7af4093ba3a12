import Foundation
import QiyueCore
import QiyueDrafting
import QiyueReview
import QiyueTemplate

/// `--data-lines`: one output file per JSON line, streamed, bad records reported and skipped.
///
/// Lines are read in chunks of `chunkSize`; the records of a chunk are parsed and rendered
/// in parallel, then named, written and reported in line order. Memory holds one chunk,
/// however long the file.
struct BatchRender {
    /// Renders one record into the bytes of its file (text, or a Word package).
    let renderRecord: @Sendable (TemplateValue) throws -> [UInt8]
    /// The template file as given, protected from being overwritten like the records file.
    let templatePath: String
    let environment: TemplateEnvironment
    let recordsPath: String
    let outputDirectory: String
    let nameTemplate: String
    let assignments: [VariableAssignment]
    let reporter: TemplateErrorReporter
    /// `--review`: every output is reviewed as the file it will be; one with errors is not written.
    var review = false
    let chunkSize = 256

    /// The records file as messages name it.
    var recordsName: String { recordsPath == "-" ? "<stdin>" : recordsPath }

    /// What became of one line.
    enum Outcome {
        case blank
        case rendered(fileName: String, text: [UInt8])
        case failed(TemplateError)
        case refused(fileName: String, DraftReview)
    }

    func run(context: CommandContext) throws -> Int32 {
        let nameRenderer: Template
        do {
            nameRenderer = try environment.template(source: nameTemplate, name: "--name")
        } catch let error as TemplateError {
            reporter.report(error, inTemplate: false)
            return ExitCode.usageOrInput.rawValue
        }
        guard let reader = LineReader(path: recordsPath) else {
            throw UsageError.other(LocalizedText(zh: "无法读取记录文件 \(recordsName)", en: "cannot read records file \(recordsName)"))
        }
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw UsageError.other(LocalizedText(zh: "无法创建输出目录 \(outputDirectory)", en: "cannot create output directory \(outputDirectory)"))
        }
        let writer = BatchFileWriter(directory: outputDirectory)
        let baseInputs = OutputGuard(inputs: [templatePath, recordsPath])
        defer { writer.synchronize() }
        var lineNumber = 0
        var failed = 0
        var written = 0
        var usedNames: [String: Int] = [:]
        while true {
            var lines: [LineReader.Line] = []
            var chunkBytes = 0
            while lines.count < chunkSize, chunkBytes < DataLimits.maximumChunkBytes, let line = reader.nextLine() {
                if case let .text(bytes) = line { chunkBytes += bytes.count }
                lines.append(line)
            }
            if lines.isEmpty { break }
            let firstLine = lineNumber + 1
            lineNumber += lines.count
            let outcomes = renderChunk(lines, firstLine: firstLine, nameRenderer: nameRenderer, language: context.language)
            // Name checks and reports happen in line order, so output does not depend on thread timing.
            var accepted: [(index: Int, fileName: String, text: [UInt8])] = []
            for (index, outcome) in outcomes.enumerated() {
                let line = firstLine + index
                switch outcome {
                case .blank:
                    continue
                case let .failed(error):
                    failed += 1
                    report(error, line: line, context: context)
                case let .refused(fileName, review):
                    failed += 1
                    context.writeErr(TextReporter(language: context.language, colored: context.colorErrors).render(review.report))
                    context.writeErr(context.errorPrinter.render(.error(
                        context.localized(zh: "审查发现 \(review.errorCount) 个错误，未写入“\(TerminalText.escaped(fileName))”", en: "the review found \(review.errorCount) error(s); '\(TerminalText.escaped(fileName))' was not written"),
                        at: SourceLocation(file: recordsName, line: line, column: 1)), sourceLine: nil))
                case let .rendered(fileName, text):
                    if let earlier = usedNames[fileName] {
                        failed += 1
                        report(recordError(context.localized(
                            zh: "文件名“\(TerminalText.escaped(fileName))”与第 \(earlier) 行的记录重复", en: "file name '\(TerminalText.escaped(fileName))' repeats the record on line \(earlier)"), line: line),
                            line: line, context: context)
                    } else {
                        usedNames[fileName] = line
                        accepted.append((index, fileName, text))
                    }
                }
            }
            var inputs = baseInputs
            for file in environment.loadedFiles { inputs.protect(file) }
            let writeErrors = writeAll(accepted, with: writer, protecting: inputs)
            for (position, error) in writeErrors.enumerated() {
                let item = accepted[position]
                if let error {
                    failed += 1
                    context.writeErr(context.errorPrinter.render(
                        .error(error.message(in: context.language), at: SourceLocation(file: recordsName, line: firstLine + item.index, column: 1)), sourceLine: nil))
                } else {
                    written += 1
                }
            }
        }
        if failed > 0 {
            context.writeErr(context.localized(
                zh: "\(recordsName)：共 \(written + failed) 条记录，\(failed) 条失败，已生成 \(written) 个文件\n",
                en: "\(recordsName): \(failed) of \(written + failed) records failed; \(written) files written\n"))
            return ExitCode.findings.rawValue
        }
        return ExitCode.success.rawValue
    }

    /// Parses and renders the records of one chunk on all cores.
    private func renderChunk(_ lines: [LineReader.Line], firstLine: Int, nameRenderer: Template, language: Language) -> [Outcome] {
        let results = ResultSlots<Outcome>(count: lines.count, initial: .blank)
        DispatchQueue.concurrentPerform(iterations: lines.count) { index in
            results[index] = render(lines[index], line: firstLine + index, nameRenderer: nameRenderer, language: language)
        }
        return results.values
    }

    private func render(_ read: LineReader.Line, line lineNumber: Int, nameRenderer: Template, language: Language) -> Outcome {
        guard case let .text(line) = read else {
            let limit = DataLimits.maximumRecordBytes >> 20
            return .failed(recordError(LocalizedText(zh: "记录超过 \(limit) MiB 的上限，未读取", en: "the record is larger than the \(limit) MiB limit and was not read").text(in: language), line: lineNumber))
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        do {
            var record = try TemplateValue(jsonData: Data(line), fileName: recordsName, unit: .line, language: language)
            guard case .object = record else {
                let message = LocalizedText(zh: "每行必须是一个 JSON 对象", en: "each line must be a JSON object").text(in: language)
                return .failed(TemplateError(diagnostic: .error(message, at: SourceLocation(file: recordsName, line: lineNumber, column: 1)),
                                             sourceLine: String(decoding: line, as: UTF8.self)))
            }
            for assignment in assignments { try assignment.apply(to: &record) }
            let fileName = Self.trimmed(try nameRenderer.render(record))
            guard !(fileName.isEmpty || fileName == "." || fileName == ".." || fileName.contains("/") || fileName.contains("\0")) else {
                let message = LocalizedText(
                    zh: "由 --name 得到的文件名“\(TerminalText.escaped(fileName))”无效（不能为空，不能含“/”）",
                    en: "invalid file name '\(TerminalText.escaped(fileName))' from --name (must be non-empty, without '/')").text(in: language)
                return .failed(recordError(message, line: lineNumber))
            }
            let bytes = try renderRecord(record)
            if review {
                let result = try DraftReview(bytes: Data(bytes), path: (outputDirectory as NSString).appendingPathComponent(fileName), language: language)
                if result.errorCount > 0 { return .refused(fileName: fileName, result) }
            }
            return .rendered(fileName: fileName, text: bytes)
        } catch let error as TemplateError {
            return .failed(error)
        } catch {
            return .failed(recordError(String(describing: error), line: lineNumber))
        }
    }

    /// Writes the accepted outputs in parallel; the error of each, if any, in the same order.
    private func writeAll(_ items: [(index: Int, fileName: String, text: [UInt8])], with writer: BatchFileWriter, protecting inputs: OutputGuard) -> [BatchWriteError?] {
        let results = ResultSlots<BatchWriteError?>(count: items.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: items.count) { position in
            do { try writer.write(items[position].text, named: items[position].fileName, protecting: inputs) } catch let error as BatchWriteError {
                results[position] = error
            } catch {}
        }
        return results.values
    }

    /// The name without surrounding ASCII whitespace (Foundation's trimming is slow on Linux).
    static func trimmed(_ text: String) -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private func recordError(_ message: String, line: Int) -> TemplateError {
        TemplateError(diagnostic: .error(message, at: SourceLocation(file: recordsName, line: line, column: 1)), sourceLine: nil)
    }

    /// JSON errors are positioned on the record's line; template errors keep their place in
    /// the template and gain a note naming the record.
    private func report(_ error: TemplateError, line: Int, context: CommandContext) {
        let note = context.localized(zh: "记录位于 \(recordsName) 第 \(line) 行", en: "record on line \(line) of \(recordsName)")
        if var location = error.diagnostic.location, location.file == recordsName {
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
}
