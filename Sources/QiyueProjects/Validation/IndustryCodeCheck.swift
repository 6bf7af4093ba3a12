import QiyueCore

/// Checks that the declared industry code exists in the catalogue, and that an optional
/// industry name agrees with it.
///
/// The schema only checks the code's shape (`NN` or `NN-MM`); `01-12` has the right
/// shape but names nothing, and the admission screening would then decide on air.
struct IndustryCodeCheck {
    var catalog: IndustryCatalog

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        guard let node = file.root.node(at: "/industry/code"), let code = node.value.stringValue,
              SchemaValidator.matches(code, pattern: "^[0-9]{2}(-[0-9]{2})?$") else { return [] }
        let pointer = JSONPointer(["industry", "code"])
        guard let entry = catalog.entry(for: code) else {
            let industryCode = String(code.prefix(2))
            var message: LocalizedText
            if let industry = catalog.industries.first(where: { $0.code == industryCode }), let last = industry.items.last {
                let first = industry.items[0].code
                message = LocalizedText(zh: "产业代码 \"\(code)\" 不在目录中；\(industry.code)（\(industry.zh)）下的条目为 \(first) 至 \(last.code)",
                                        en: "unknown industry code \"\(code)\"; \(industry.code) (\(industry.en)) has items \(first) to \(last.code)")
            } else {
                message = LocalizedText(zh: "产业代码 \"\(code)\" 不在目录中；目录的产业代码为 01 至 \(catalog.industries.last?.code ?? "10")",
                                        en: "unknown industry code \"\(code)\"; the catalogue's industries are 01 to \(catalog.industries.last?.code ?? "10")")
            }
            let hint = LocalizedText(zh: "运行 qiyue catalog 查看全部代码", en: "run qiyue catalog to list every code")
            return [ProjectFinding(.error, pointer, code: "industry.unknown-code", message: message, at: node, notes: [hint])]
        }
        guard let nameNode = file.root.node(at: "/industry/name"), let name = ProjectFile.text(of: nameNode)?.zh, !name.isEmpty else { return [] }
        let expected = entry.name.zh
        if expected.contains(name) || name.contains(expected) || entry.industry.zh.contains(name) { return [] }
        return [ProjectFinding(.warning, JSONPointer(["industry", "name"]), code: "industry.name-mismatch",
                               message: LocalizedText(zh: "产业名称 \"\(name)\" 与代码 \(code)（\(expected)）不符",
                                                      en: "industry name \"\(name)\" does not match code \(code) (\(entry.name.en))"),
                               at: nameNode)]
    }
}
