import QiyueCore

extension MarkdownFrontMatter {
    /// Fills `metadata` from the entries and returns a warning for each entry it could not use
    /// (an unknown key, an invalid date or language, an unpaired quote), and one for
    /// each value that replaces an earlier one.
    ///
    /// Every warning names the entry's line and column, so the user finds it in the file
    /// even though the block does not appear in the output.
    func apply(to metadata: inout DocumentMetadata, fileName: String, language: Language) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var assignedOnLine: [MetadataField: Int] = [:]
        func warn(_ zh: String, _ en: String, line: Int, column: Int, length: Int) {
            warnings.append(.warning(language == .zh ? zh : en, at: SourceLocation(file: fileName, line: line, column: column), length: length))
        }
        for entry in entries {
            guard let field = MetadataField(key: entry.key) else {
                let known = MetadataField.allCases.map(\.rawValue).joined(separator: ", ")
                let knownChinese = MetadataField.allCases.map(\.chineseKey).joined(separator: "、")
                warn("未知的元数据键“\(entry.key)”（支持 \(known) 或 \(knownChinese)），已忽略",
                     "unknown metadata key '\(entry.key)' (supported: \(known), or \(knownChinese)); ignored",
                     line: entry.line, column: entry.keyColumn, length: entry.key.count)
                continue
            }
            let (value, quoteProblem) = Self.unquoted(entry.value)
            if quoteProblem {
                warn("引号不成对，按原文取值", "unpaired quote; the value is taken as written",
                     line: entry.line, column: entry.valueColumn, length: entry.value.count)
            }
            guard !value.isEmpty else { continue }
            guard let normalized = field.normalized(value) else {
                if field == .date {
                    warn("日期“\(value)”无效：应写作 2025-03-08 或 2025年3月8日，已忽略",
                         "invalid date '\(value)': write 2025-03-08 or 2025年3月8日; ignored",
                         line: entry.line, column: entry.valueColumn, length: entry.value.count)
                } else {
                    warn("语言标记“\(value)”无效：应为 BCP 47 标记，如 zh-CN、en，已忽略",
                         "invalid language tag '\(value)': expected a BCP 47 tag such as zh-CN or en; ignored",
                         line: entry.line, column: entry.valueColumn, length: entry.value.count)
                }
                continue
            }
            if let earlier = assignedOnLine[field] {
                warn("元数据“\(field.rawValue)”重复给出：本行取代第 \(earlier) 行的值",
                     "metadata '\(field.rawValue)' given twice: this line replaces the value from line \(earlier)",
                     line: entry.line, column: entry.keyColumn, length: entry.key.count)
            }
            assignedOnLine[field] = entry.line
            field.assign(normalized, to: &metadata)
        }
        return warnings
    }

    /// The value without one pair of enclosing `"…"` or `'…'` (no escapes are interpreted),
    /// and whether it opened a quote that it does not close.
    static func unquoted(_ value: Substring) -> (String, quoteProblem: Bool) {
        guard let first = value.first, first == "\"" || first == "'" else { return (String(value), false) }
        guard value.count >= 2, value.last == first else { return (String(value), true) }
        return (String(value.dropFirst().dropLast()), false)
    }
}
