import Foundation
import QiyueCore
import QiyueDocuments

/// `qiyue convert IN OUT`: converts a document between formats, chosen by extension.
///
/// Markdown (what templates produce), Word and HTML are read, and written as Word, HTML,
/// Markdown or plain text. `-` reads standard input or writes standard output; the output format then comes
/// from `--to` (default: text). Files are written atomically, and a conversion that would
/// overwrite its own input is refused.
struct ConvertCommand: Command {
    let name = "convert"
    let summary = LocalizedText(zh: "转换文档格式（Markdown/Word/HTML → Word/HTML/Markdown/文本）", en: "convert documents (Markdown/Word/HTML → Word/HTML/Markdown/text)")
    let usage = "IN OUT [--style standard|official] [--to FORMAT] [--title TEXT] [--subject TEXT] [--author TEXT] [--date DATE] [--language TAG]"
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            格式由扩展名决定：.md、.docx、.html 读入；.docx、.html、.md、.txt 写出。IN 或 OUT 为“-”时使用标准输入/输出，
            此时用 --to 指定输出格式（默认 txt；.docx 为二进制，不能写到标准输出）。
            --style official 按 GB/T 9704 公文格式排版（仿宋_GB2312 三号，上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米）。
            --title、--subject、--author、--date、--language 设置文档元数据（Word 文档属性、HTML <head>），优先于 Markdown 开头的元数据块。
            示例：qiyue convert 协议.md 协议.docx
                  qiyue convert 协议.md - --to txt
            """,
            en: """
            Formats follow the extensions: .md, .docx and .html are read; .docx, .html, .md and .txt are written. IN or OUT may be
            '-' for standard input/output; then --to names the output format (default txt; .docx is binary and
            cannot go to standard output). --style official lays the DOCX out per GB/T 9704 (FangSong_GB2312
            16 pt, margins 37/35/28/26 mm). --title, --subject, --author, --date and --language set the metadata
            (Word document properties, HTML <head>), overriding the metadata block at the top of a Markdown file.
            Examples: qiyue convert agreement.md agreement.docx
                      qiyue convert agreement.md - --to txt
            """)
    }

    var options: [OptionSpec] {
        [
            OptionSpec("style", value: "STYLE", help: LocalizedText(zh: "Word 版式：standard（默认）或 official（GB/T 9704 公文）", en: "Word layout: standard (default) or official (GB/T 9704)")),
            OptionSpec("to", value: "FORMAT", help: LocalizedText(zh: "输出格式：docx、html、md、txt（默认按 OUT 的扩展名）", en: "output format: docx, html, md, txt (default: OUT's extension)")),
            OptionSpec("title", value: "TEXT", help: LocalizedText(zh: "文档标题（元数据；默认取元数据块、封面或一级标题）", en: "document title (metadata; default: the metadata block, the title page or the first heading)")),
            OptionSpec("subject", value: "TEXT", help: LocalizedText(zh: "文档主题（元数据）", en: "document subject (metadata)")),
            OptionSpec("author", value: "TEXT", help: LocalizedText(zh: "作者或发文机关（元数据）", en: "author or issuing body (metadata)")),
            OptionSpec("date", value: "DATE", help: LocalizedText(zh: "文档日期：2025-03-08 或 2025年3月8日（元数据）", en: "document date: 2025-03-08 or 2025年3月8日 (metadata)")),
            OptionSpec("language", value: "TAG", help: LocalizedText(zh: "文档语言（BCP 47，如 zh-CN、en；元数据）", en: "document language (BCP 47 such as zh-CN or en; metadata)")),
        ]
    }

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let files = try arguments.positionals(named: "IN", "OUT")
        let input = files[0], output = files[1]
        let style = try docxStyle(arguments.value("style"))
        let metadataOptions = try self.metadataOptions(arguments)
        let inputFormat = try self.inputFormat(input)
        let outputFormat = try self.outputFormat(output, to: arguments.value("to"))
        if output == "-", outputFormat == .docx {
            throw UsageError.other(LocalizedText(zh: "DOCX 是二进制格式，不能写到标准输出；请给出 .docx 文件名", en: "DOCX is binary and cannot be written to standard output; name a .docx file"))
        }
        let inputs = OutputGuard(inputs: [input])
        if output != "-" { try OutputFile.check(output, protecting: inputs, language: context.language) }

        let displayName = input == "-" ? "<stdin>" : input
        let data = try readInput(input, context: context)
        var (document, warnings) = try DocumentInput.read(data, format: inputFormat, path: input, displayName: displayName, language: context.language)
        for (field, value) in metadataOptions { field.assign(value, to: &document.metadata) }
        let source = warnings.isEmpty ? nil : LineIndex(String(decoding: data, as: UTF8.self))
        for warning in warnings { context.report(warning, source: source) }

        let bytes: Data
        do {
            bytes = try render(document, as: outputFormat, style: style, maximumHTMLBytes: context.maximumHTMLBytes)
        } catch let ZipWriterError.beyondReadLimit(part, limit) {
            throw Diagnostic.error(context.localized(
                zh: "文档过大：写出的 \(part) 将超过 \(limit >> 20) MiB（Word 文件读取的上限），未写入；请拆分文档",
                en: "the document is too large: \(part) would exceed \(limit >> 20) MiB (what a Word file may hold to be read); nothing written; split the document"),
                at: SourceLocation(file: displayName, line: 1, column: 1))
        } catch let error as OutputLimitError {
            throw Diagnostic.error(error.message.text(in: context.language), at: SourceLocation(file: displayName, line: 1, column: 1))
        }
        if output == "-" {
            context.writeOut(String(decoding: bytes, as: UTF8.self))
        } else {
            try OutputFile.write(bytes, to: output, protecting: inputs, language: context.language)
        }
        return ExitCode.success.rawValue
    }

    /// The bytes of `document` in `format`.
    func render(_ document: Document, as format: DocumentFormat, style: DocxStyle, maximumHTMLBytes: Int) throws -> Data {
        switch format {
        case .docx: return try DocxWriter(style: style).write(document)
        case .html:
            var writer = HTMLWriter()
            writer.maximumBytes = maximumHTMLBytes
            return Data(try writer.write(document).utf8)
        case .markdown: return Data(MarkdownWriter().write(document).utf8)
        case .text: return Data(PlainTextWriter().write(document).utf8)
        }
    }

    /// The metadata options given, normalised (dates in ISO form); they override the document's own.
    private func metadataOptions(_ arguments: ParsedArguments) throws -> [(MetadataField, String)] {
        try MetadataField.allCases.compactMap { field in
            guard let value = arguments.value(field.rawValue) else { return nil }
            guard let normalized = field.normalized(value) else {
                let expected = field == .date ? "YYYY-MM-DD|YYYY年M月D日" : "BCP 47 (zh-CN, en)"
                throw UsageError.invalidValue(option: "--" + field.rawValue, value: value, expected: expected)
            }
            return (field, normalized)
        }
    }

    private func docxStyle(_ name: String?) throws -> DocxStyle {
        switch name {
        case nil, "standard": return .standard
        case "official": return .officialDocument
        case let other?: throw UsageError.invalidValue(option: "--style", value: other, expected: "standard|official")
        }
    }

    private func inputFormat(_ path: String) throws -> DocumentFormat {
        if path == "-" { return .markdown }
        guard let format = DocumentFormat(path: path), DocumentFormat.readable.contains(format) || format == .docx || format == .html else {
            throw UsageError.other(LocalizedText(
                zh: "无法识别输入格式：\(path)；可读取的格式：\(DocumentInput.readableList)",
                en: "unknown input format: \(path); readable formats: \(DocumentInput.readableList)"))
        }
        return format
    }

    private func outputFormat(_ path: String, to name: String?) throws -> DocumentFormat {
        if let name {
            guard let format = DocumentFormat(name: name) else {
                throw UsageError.invalidValue(option: "--to", value: name, expected: "docx|html|md|txt")
            }
            return format
        }
        if path == "-" { return .text }
        guard let format = DocumentFormat(path: path) else {
            throw UsageError.other(LocalizedText(
                zh: "无法识别输出格式：\(path)；可写出的格式：.docx .html .md .txt",
                en: "unknown output format: \(path); writable formats: .docx .html .md .txt"))
        }
        return format
    }

    private func readInput(_ path: String, context: CommandContext) throws -> Data {
        if path == "-" {
            guard let data = context.readStandardInput() else {
                throw Diagnostic.error(context.localized(zh: "无法读取标准输入", en: "cannot read standard input"))
            }
            return data
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic.error(context.localized(zh: "无法读取 \(path)：文件不存在或不可读", en: "cannot read \(path): no such file or not readable"))
        }
    }
}
