import QiyueCore

/// The 备案 list a bureau sends upward, as CSV, HTML or JSON.
///
/// Every format states the number of entries and the head hash, so that the recipient can
/// later check that the bureau's register still begins with exactly the list it received.
public struct RegisterExport: Sendable {
    public var path: String
    public var entries: [RegisterEntry]
    public var headHash: String
    public var language: Language

    public init(path: String, entries: [RegisterEntry], headHash: String, language: Language = .zh) {
        self.path = path
        self.entries = entries
        self.headHash = headHash
        self.language = language
    }

    private var zh: Bool { language == .zh }

    static let headers: [(zh: String, en: String)] = [
        ("序号", "No."), ("登记号", "Filing number"), ("备案日期", "Filed"), ("签署日期", "Signed"), ("项目", "Project"),
        ("县（市、区）", "County"), ("签约各方", "Parties"), ("投资额（元）", "Investment (yuan)"), ("用地面积（亩）", "Land (mu)"),
        ("审查结论", "Review conclusion"), ("错误", "Errors"), ("警告", "Warnings"), ("接受理由", "Reason accepted"),
        ("公平竞争审查", "Fair-competition review"), ("集体决策日期", "Collective decision"), ("审查人", "Reviewer"),
        ("规则包", "Rule pack"), ("文件", "File"), ("SM3", "SM3"), ("SHA-256", "SHA-256"),
    ]

    public func csv() -> String {
        var table = CSVTable(header: Self.headers.map { zh ? $0.zh : $0.en })
        for entry in entries {
            table.rows.append([
                .number(Double(entry.sequence)), .text(entry.number), .text(entry.filingDate), .text(entry.signingDate ?? ""),
                .text(entry.project.name), .text(entry.project.county ?? ""), .text(entry.project.parties.joined(separator: "；")),
                .number(entry.project.investmentYuan), .number(entry.project.landAreaMu),
                .text(entry.review.conclusionText(in: language)), .number(Double(entry.review.errors)), .number(Double(entry.review.warnings)),
                .text(entry.review.acceptedReason ?? ""), .text(entry.fairCompetition ?? ""), .text(entry.collectiveDecision ?? ""),
                .text(entry.reviewer ?? ""), .text(entry.review.rulePack), .text(entry.file.path), .text(entry.file.digest.sm3),
                .text(entry.file.digest.sha256),
            ])
        }
        return table.rendered
    }

    public func json() -> String {
        JSONWriter.string(.orderedObject([
            ("register", .string(path)), ("entries", .number(entries.count)), ("head_sm3", .string(headHash)),
            ("items", .list(entries.map(\.json))),
        ])) + "\n"
    }

    public func html() -> String {
        let title = zh ? "招商引资合同（协议）备案登记簿" : "Register of investment agreements filed"
        var body = "<h1>\(HTMLEscaping.escape(title))</h1>\n"
        let accepted = entries.filter { $0.review.errors > 0 }.count
        body += "<p class=\"meta\">" + HTMLEscaping.escape(zh
            ? "登记簿：\(path)　共 \(entries.count) 条，其中审查有错误经说明理由登记 \(accepted) 条"
            : "Register: \(path) — \(entries.count) entries, \(accepted) filed with review errors accepted") + "</p>\n"
        body += "<p class=\"meta\">" + HTMLEscaping.escape(zh ? "末条 SM3（校验整本登记簿用）：" : "Head SM3 (pins the whole register): ")
            + "<span class=\"hash\">\(HTMLEscaping.escape(headHash))</span></p>\n"
        let columns = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 18]
        body += "<table>\n<thead><tr>" + columns.map { "<th>\(HTMLEscaping.escape(zh ? Self.headers[$0].zh : Self.headers[$0].en))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for entry in entries {
            let conclusion = entry.review.conclusionText(in: language)
            let conclusionClass = entry.review.errors > 0 ? "flag" : "ok"
            let cells = [
                "<td class=\"num\">\(entry.sequence)</td>", td(entry.number, nowrap: true), td(entry.filingDate, nowrap: true), td(entry.signingDate ?? "", nowrap: true),
                td(entry.project.name), td(entry.project.county ?? ""), td(entry.project.parties.joined(separator: "；")),
                "<td class=\"num\">\(HTMLEscaping.escape(Self.amount(entry.project.investmentYuan)))</td>",
                "<td class=\"num\">\(HTMLEscaping.escape(Self.amount(entry.project.landAreaMu)))</td>",
                "<td class=\"\(conclusionClass) conclusion\">\(HTMLEscaping.escape(conclusion))" + (entry.review.errors > 0 ? HTMLEscaping.escape(zh ? "（错误 \(entry.review.errors)）" : " (\(entry.review.errors) errors)") : "") + "</td>",
                td(entry.review.acceptedReason ?? ""), td(entry.fairCompetition ?? ""), td(entry.collectiveDecision ?? "", nowrap: true), td(entry.reviewer ?? ""),
                "<td class=\"hash\">\(HTMLEscaping.escape(entry.file.digest.sm3))</td>",
            ]
            body += "<tr>" + cells.joined() + "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return HTMLPage.wrap(title: title, body: body)
    }

    /// A cell; dates and filing numbers do not wrap, so `2025-03-15` never breaks at its hyphen.
    private func td(_ text: String, nowrap: Bool = false) -> String {
        (nowrap ? "<td class=\"date\">" : "<td>") + HTMLEscaping.escape(text) + "</td>"
    }

    /// `600,000,000` with thousands separators; empty when unknown.
    public static func amount(_ value: Double?) -> String {
        guard let value else { return "" }
        let integral = value.rounded() == value
        let digits = integral ? String(Int64(value)) : String(format: "%.2f", value)
        let parts = digits.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (index, character) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0, character != "-" { grouped.append(",") }
            grouped.append(character)
        }
        return String(grouped.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }
}
