import QiyueCore
import QiyueDocuments

/// The options `agreement` and `dossier` share, declared once so both commands spell and
/// explain them the same way.
enum DraftingOptions {
    static let output = OptionSpec(
        "output", short: "o", value: "OUT",
        help: LocalizedText(zh: "输出文件，格式由扩展名决定：.docx、.html 或 .md", en: "output file; the extension picks the format: .docx, .html or .md"))
    static let templates = OptionSpec(
        "templates", value: "DIR",
        help: LocalizedText(zh: "模板目录（默认：环境变量 QIYUE_TEMPLATES，或仓库的 Templates/）", en: "template directory (default: QIYUE_TEMPLATES, or the repository's Templates/)"))

    static let wordTemplate = OptionSpec(
        "template", value: "FILE.docx",
        help: LocalizedText(zh: "用本单位的 Word 模板（docxtpl 写法）代替标准模板，输出须为 .docx；agreement.docx 为内置的 Word 版标准协议（当前目录无同名文件时）", en: "use the bureau's own Word template (docxtpl conventions) instead of the standard one; the output must be .docx; agreement.docx is the built-in Word version of the standard agreement (unless a file of that name is in the current directory)"))

    static let style = OptionSpec(
        "style", value: "STYLE",
        help: LocalizedText(zh: "Word 版式：standard（默认）或 official（GB/T 9704 公文格式）", en: "Word layout: standard (default) or official (GB/T 9704)"))

    /// The agreement's Word layout. A layout other than the standard one is refused where it
    /// would change nothing — HTML, Markdown, or a bureau's own Word template, which brings its
    /// own layout — so an officer never believes a file is in the official format when it is not.
    static func agreementStyle(_ arguments: ParsedArguments, target: DraftingTarget) throws -> DocxStyle {
        switch arguments.value("style") {
        case nil, "standard": return .standard
        case "official":
            guard target.format == .docx, target.wordTemplate == nil else {
                throw UsageError.other(LocalizedText(
                    zh: "--style official 只用于标准模板起草的 .docx 输出",
                    en: "--style official applies only to .docx output drafted from the standard template"))
            }
            return .officialAgreement
        case let other?: throw UsageError.invalidValue(option: "--style", value: other, expected: "standard|official")
        }
    }

    /// The single project file argument.
    static func projectPath(_ arguments: ParsedArguments) throws -> String {
        try arguments.positionals(named: "PROJECT.json")[0]
    }

    /// The `-o` path, which is required: a drafted document is a file, not terminal output.
    static func outputPath(_ arguments: ParsedArguments) throws -> String {
        guard let path = arguments.value("output"), !path.isEmpty else { throw UsageError.missingArgument("-o OUT") }
        return path
    }
}
