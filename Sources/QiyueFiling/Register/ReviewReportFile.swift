import QiyueCore

/// Reads the review record out of a `qiyue review --format json` report (`--review FILE`),
/// for a bureau whose reviewer ran the review separately and hands over the report.
public enum ReviewReportFile {
    /// The path the report says it reviewed, so the caller can warn when it is not the file being filed.
    public static func reviewedPath(of record: ReviewRecord) -> String? {
        record.source.hasPrefix("report ") ? String(record.source.dropFirst("report ".count)) : nil
    }

    /// The record of the first reviewed file in the report, or a message saying what is wrong.
    public static func record(from bytes: [UInt8], path: String, language: Language = .zh) -> Result<ReviewRecord, Diagnostic> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let position = JSONSourceMap(bytes: bytes).position(ofByte: error.offset)
            return .failure(Diagnostic(severity: .error, location: SourceLocation(file: path, line: position.line, column: position.column), message: error.message.text(in: language)))
        }
        guard root["tool"]?.value.stringValue == "qiyue", let files = root["files"]?.value.elements, let file = files.first else {
            return .failure(.error(language == .zh ? "不是 qiyue review --format json 的报告（缺少 tool 或 files）" : "not a qiyue review --format json report (no tool or files)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        if let error = file["error"]?.value.stringValue {
            return .failure(.error((language == .zh ? "报告中该文件未能审查：" : "the report could not review the file: ") + error, at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let findings = (file["findings"]?.value.elements ?? []).compactMap(RecordedFinding.init)
        let errors = findings.filter { $0.severity == "error" }.count
        let warnings = findings.filter { $0.severity == "warning" }.count
        let version = root["version"]?.value.stringValue ?? "?"
        return .success(ReviewRecord(rulePack: "qiyue \(version)", source: "report " + (file["path"]?.value.stringValue ?? path),
                                     errors: errors, warnings: warnings, findings: findings))
    }
}
