import QiyueCore
import QiyueProjects

/// `qiyue catalog` lists the key-industry catalogue; `qiyue catalog search WORDS` finds codes.
struct CatalogCommand: Command {
    let name = "catalog"
    let summary = LocalizedText(zh: "列出或搜索重点产业目录代码", en: "list or search the key-industry catalogue")
    let usage = "[search WORDS…] [--details] [--format text|json]"
    let discussion = LocalizedText(
        zh: "目录取自《云南省招商引资指导目录》（指导意见附件1）。代码 NN 为十大产业，NN-MM 为其下条目，如咖啡为 01-06。搜索匹配中英文名称和条目内容，多个词须同时出现。",
        en: "The catalogue of the Yunnan guidance (annex 1). NN is one of the ten industries, NN-MM a numbered item (coffee is 01-06). Search matches Chinese and English names and item details; several words must all occur."
    )
    let options: [OptionSpec] = [
        OptionSpec("details", help: LocalizedText(zh: "同时列出条目内容", en: "also print each item's details")),
        OptionSpec("format", value: "text|json", help: LocalizedText(zh: "输出格式（默认 text）", en: "output format (default text)")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError.invalidValue(option: "--format", value: format, expected: "text|json")
        }
        let catalog = IndustryCatalog.builtIn
        var positionals = arguments.positionals
        guard let first = positionals.first else {
            let entries = catalog.allEntries.map { (entry: $0, excerpt: String?.none) }
            context.writeOut(render(entries, format: format, details: arguments.flag("details"), paths: false, context: context))
            return ExitCode.success.rawValue
        }
        guard first == "search" else {
            throw UsageError.unknownCommand("catalog " + first, suggestion: EditDistance.closest(to: first, among: ["search"]).map { "catalog " + $0 })
        }
        positionals.removeFirst()
        guard !positionals.isEmpty else { throw UsageError.missingArgument("WORDS") }
        let matches = catalog.search(positionals.joined(separator: " "))
        if matches.isEmpty {
            if format == "json" {
                context.writeOut("[]\n")
            } else {
                context.writeErr(context.localized(zh: "目录中没有与“\(positionals.joined(separator: " "))”匹配的条目\n", en: "nothing in the catalogue matches '\(positionals.joined(separator: " "))'\n"))
            }
            return ExitCode.findings.rawValue
        }
        // Results stand alone, so they name the industry an item belongs to.
        context.writeOut(render(matches.map { ($0.entry, $0.excerpt) }, format: format, details: arguments.flag("details"), paths: true, context: context))
        return ExitCode.success.rawValue
    }

    private func render(_ entries: [(entry: IndustryCatalog.Entry, excerpt: String?)], format: String, details: Bool, paths: Bool, context: CommandContext) -> String {
        if format == "json" {
            return JSONWriter.string(.list(entries.map { item in
                var pairs: [(String, JSONValue)] = [
                    ("code", .string(item.entry.code)),
                    ("zh", .string(item.entry.name.zh)),
                    ("en", .string(item.entry.name.en)),
                    ("industry", .string(item.entry.industry.code)),
                ]
                if case let .item(industryItem, _) = item.entry {
                    pairs.append(("details", .object(["zh": .string(industryItem.details.zh), "en": .string(industryItem.details.en)])))
                }
                if let excerpt = item.excerpt { pairs.append(("matched", .string(excerpt))) }
                return .orderedObject(pairs)
            })) + "\n"
        }
        var out = ""
        for item in entries {
            let indent = item.entry.code.count == 2 || paths ? "" : "  "
            let name = paths ? item.entry.path : item.entry.name
            out += "\(indent)\(item.entry.code)  \(name.zh)  \(name.en)"
            if let excerpt = item.excerpt { out += context.localized(zh: "（匹配：\(excerpt)）", en: " (matched: \(excerpt))") }
            out += "\n"
            if details, case let .item(industryItem, _) = item.entry {
                out += (paths ? "       " : "         ") + (context.language == .zh ? industryItem.details.zh : industryItem.details.en) + "\n"
            }
        }
        return out
    }
}
