import QiyueCore

/// The project-library scan as text, JSON, CSV or an HTML page with a summary by stage and county.
public struct PortfolioRenderer: Sendable {
    public var language: Language

    public init(language: Language = .zh) {
        self.language = language
    }

    private var zh: Bool { language == .zh }
    private func t(_ text: LocalizedText) -> String { text.text(in: language) }

    private func headline(_ report: PortfolioReport) -> String {
        zh ? "项目库清理清单（截至 \(report.asOf)）：扫描 \(report.projects.count) 个文件，需处理 \(report.flagged.count) 个，无法读取 \(report.unreadable.count) 个"
           : "Project library scan (as of \(report.asOf)): \(report.projects.count) files scanned, \(report.flagged.count) to act on, \(report.unreadable.count) unreadable"
    }

    private func describe(_ project: ScannedProject) -> String {
        let name = project.name ?? project.id ?? ""
        var parts = [project.stageLabel(in: language)]
        if let county = project.county { parts.insert(county, at: 0) }
        return zh ? "\(name)（\(parts.joined(separator: "，"))）" : "\(name) (\(parts.joined(separator: ", ")))"
    }

    public func text(_ report: PortfolioReport) -> String {
        var output = headline(report) + "\n"
        for project in report.projects where !project.flags.isEmpty {
            output += "\n\(project.path): \(describe(project))\n"
            for flag in project.flags {
                output += "  - \(t(flag.label))" + (zh ? "：" : ": ") + "\(t(flag.reason))\n"
                output += "    " + (zh ? "依据：" : "rule: ") + t(flag.rule) + "\n"
            }
        }
        let others = report.projects.filter { $0.flags.isEmpty }
        if !others.isEmpty {
            output += "\n" + (zh ? "未标记：" : "Not flagged:") + "\n"
            for project in others {
                if let error = project.error {
                    output += "  \(project.path): " + (zh ? "无法读取：" : "unreadable: ") + error.message + "\n"
                } else {
                    output += "  \(project.path): \(describe(project))\n"
                }
            }
        }
        return output
    }

    public func json(_ report: PortfolioReport) -> String {
        let projects: [JSONValue] = report.projects.map { project in
            .orderedObject([
                ("path", .string(project.path)), ("id", project.id.map(JSONValue.string) ?? .null),
                ("name", project.name.map(JSONValue.string) ?? .null), ("county", project.county.map(JSONValue.string) ?? .null),
                ("stage", project.stage.map { JSONValue.string($0.rawValue) } ?? .null),
                ("error", project.error.map { JSONValue.string($0.message) } ?? .null),
                ("flags", .list(project.flags.map { flag in
                    .orderedObject([
                        ("kind", .string(flag.kind.rawValue)), ("label", .string(t(flag.label))), ("reason", .string(t(flag.reason))),
                        ("dates", .orderedObject(flag.dates.map { (t($0.label), JSONValue.string($0.date)) })), ("rule", .string(t(flag.rule))),
                    ])
                })),
            ])
        }
        return JSONWriter.string(.orderedObject([
            ("as_of", .string(report.asOf)), ("register", report.registerPath.map(JSONValue.string) ?? .null),
            ("scanned", .number(report.projects.count)), ("flagged", .number(report.flagged.count)),
            ("unreadable", .number(report.unreadable.count)), ("projects", .list(projects)),
        ])) + "\n"
    }

    /// One row per flag, plus one row for each project without a flag, so every file appears.
    public func csv(_ report: PortfolioReport) -> String {
        var table = CSVTable(header: zh ? ["文件", "项目标识", "项目", "县（市、区）", "阶段", "问题", "原因", "日期", "依据"]
                                        : ["File", "Id", "Project", "County", "Stage", "Problem", "Reason", "Dates", "Rule"])
        for project in report.projects {
            let base: [CSVTable.Cell] = [.text(project.path), .text(project.id ?? ""), .text(project.name ?? ""), .text(project.county ?? ""),
                                         .text(project.error == nil ? project.stageLabel(in: language) : "")]
            if let error = project.error {
                table.rows.append(base + [.text(zh ? "无法读取" : "unreadable"), .text(error.message), .text(""), .text("")])
            } else if project.flags.isEmpty {
                table.rows.append(base + [.text(""), .text(""), .text(""), .text("")])
            }
            for flag in project.flags {
                let dates = flag.dates.map { "\(t($0.label)) \($0.date)" }.joined(separator: "；")
                table.rows.append(base + [.text(t(flag.label)), .text(t(flag.reason)), .text(dates), .text(t(flag.rule))])
            }
        }
        return table.rendered
    }

    public func html(_ report: PortfolioReport) -> String {
        let title = zh ? "招商项目库清理清单" : "Project library scan"
        var body = "<h1>\(HTMLEscaping.escape(title))</h1>\n<p class=\"meta\">\(HTMLEscaping.escape(headline(report)))</p>\n"
        body += "<h2>\(HTMLEscaping.escape(zh ? "按阶段和县（市、区）汇总" : "Summary by stage and county"))</h2>\n<table>\n<thead><tr>"
        body += (zh ? ["阶段", "县（市、区）", "项目数", "需处理"] : ["Stage", "County", "Projects", "To act on"]).map { "<th>\(HTMLEscaping.escape($0))</th>" }.joined()
        body += "</tr></thead>\n<tbody>\n"
        for row in report.summary(in: language) {
            let flagged = row.flagged > 0 ? "<td class=\"num flag\">\(row.flagged)</td>" : "<td class=\"num\">0</td>"
            body += "<tr><td>\(HTMLEscaping.escape(row.stage))</td><td>\(HTMLEscaping.escape(row.county))</td><td class=\"num\">\(row.count)</td>\(flagged)</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        body += "<h2>\(HTMLEscaping.escape(zh ? "需处理的项目" : "Projects to act on"))</h2>\n<table>\n<thead><tr>"
        body += (zh ? ["项目", "县（市、区）", "阶段", "问题与原因", "依据"] : ["Project", "County", "Stage", "Problem and reason", "Rule"]).map { "<th>\(HTMLEscaping.escape($0))</th>" }.joined()
        body += "</tr></thead>\n<tbody>\n"
        for project in report.flagged {
            for (index, flag) in project.flags.enumerated() {
                body += "<tr>"
                if index == 0 {
                    let span = project.flags.count > 1 ? " rowspan=\"\(project.flags.count)\"" : ""
                    body += "<td\(span)>\(HTMLEscaping.escape(project.name ?? project.id ?? ""))<br><span class=\"meta\">\(HTMLEscaping.escape(project.path))</span></td>"
                    body += "<td\(span)>\(HTMLEscaping.escape(project.county ?? ""))</td><td\(span)>\(HTMLEscaping.escape(project.stageLabel(in: language)))</td>"
                }
                body += "<td><span class=\"flag\">\(HTMLEscaping.escape(t(flag.label)))</span><br>\(HTMLEscaping.escape(t(flag.reason)))</td>"
                body += "<td class=\"meta\">\(HTMLEscaping.escape(t(flag.rule)))</td></tr>\n"
            }
        }
        body += "</tbody>\n</table>\n"
        body += "<h2>\(HTMLEscaping.escape(zh ? "全部扫描文件" : "Every file scanned"))</h2>\n<table>\n<thead><tr>"
        body += (zh ? ["文件", "项目", "阶段", "结果"] : ["File", "Project", "Stage", "Result"]).map { "<th>\(HTMLEscaping.escape($0))</th>" }.joined()
        body += "</tr></thead>\n<tbody>\n"
        for project in report.projects {
            let result: String
            if let error = project.error {
                result = "<td class=\"flag\">\(HTMLEscaping.escape((zh ? "无法读取：" : "unreadable: ") + error.message))</td>"
            } else if project.flags.isEmpty {
                result = "<td class=\"ok\">\(HTMLEscaping.escape(zh ? "未标记" : "not flagged"))</td>"
            } else {
                result = "<td class=\"flag\">\(HTMLEscaping.escape(project.flags.map { t($0.label) }.joined(separator: "；")))</td>"
            }
            body += "<tr><td class=\"meta\">\(HTMLEscaping.escape(project.path))</td><td>\(HTMLEscaping.escape(project.name ?? ""))</td>"
            body += "<td>\(HTMLEscaping.escape(project.error == nil ? project.stageLabel(in: language) : ""))</td>\(result)</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return HTMLPage.wrap(title: title, body: body)
    }
}
