import Foundation
import QiyueCore
import QiyueTemplate

/// Reads the `--data` JSON file (or standard input for `-`).
enum DataFile {
    static func read(_ path: String, context: CommandContext) throws -> TemplateValue {
        let data: Data
        if path == "-" {
            guard let input = context.readStandardInput() else {
                throw UsageError.other(LocalizedText(zh: "无法读取标准输入", en: "cannot read standard input"))
            }
            data = input
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw UsageError.other(LocalizedText(zh: "无法读取数据文件 \(path)", en: "cannot read data file \(path)"))
            }
            defer { try? handle.close() }
            // One byte more than the limit is enough to know the file is too large.
            do {
                data = try handle.read(upToCount: DataLimits.maximumDataBytes + 1) ?? Data()
            } catch {
                throw UsageError.other(LocalizedText(zh: "无法读取数据文件 \(path)", en: "cannot read data file \(path)"))
            }
        }
        guard data.count <= DataLimits.maximumDataBytes else {
            let limit = DataLimits.maximumDataBytes >> 20
            throw TemplateError(
                diagnostic: .error(context.localized(zh: "数据文件超过 \(limit) MiB 的上限，未读取", en: "the data file is larger than the \(limit) MiB limit and was not read"),
                                   at: SourceLocation(file: path == "-" ? "<stdin>" : path, line: 1, column: 1)),
                sourceLine: nil)
        }
        let value = try TemplateValue(jsonData: data, fileName: path == "-" ? "<stdin>" : path, language: context.language)
        guard case .object = value else {
            throw TemplateError(
                diagnostic: .error(context.localized(zh: "数据必须是 JSON 对象（{…}）", en: "the data must be a JSON object ({…})"),
                                   at: SourceLocation(file: path == "-" ? "<stdin>" : path, line: 1, column: 1)),
                sourceLine: nil)
        }
        return value
    }
}
