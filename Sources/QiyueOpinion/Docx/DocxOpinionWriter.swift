import Foundation
import QiyueDocuments
import QiyueReview

/// Writes a `ReviewOpinion` as a Word document for the filing folder, with the content of
/// the HTML page.
///
/// The opinion is built as a `Document` and written by the toolkit's one DOCX writer, so it
/// gets that writer's CJK fonts, A4 page, page numbers in the footer, header rows repeated
/// on every page and rows that never split across pages. The span of each finding is in
/// bold and underlined, which survives printing in black and white.
public struct DocxOpinionWriter: Sendable {
    public init() {}

    /// The layout the opinion is written in; the tables' rule-id columns are fitted to it.
    static let style = DocxStyle.standard

    public func write(_ opinion: ReviewOpinion) throws -> Data {
        try DocxWriter(style: Self.style).write(document(opinion))
    }

    /// The opinion as a document model (the HTML page's sections, in the same order).
    public func document(_ opinion: ReviewOpinion) -> Document {
        let labels = OpinionLabels(language: opinion.language)
        var blocks: [Block] = [.heading(level: 1, content: [.text(labels.title)])]
        var meta: [[TableCell]] = [[cell(labels.subject), cell(opinion.subject)]]
        if opinion.files.count == 1, let digest = opinion.files[0].sha256 { meta.append([cell(labels.digest), cell(digest)]) }
        meta += [
            [cell(labels.date), cell(opinion.date)],
            [cell(labels.rulePack), cell("\(opinion.rulePackName) \(opinion.rulePackVersion)")],
            [cell(labels.tool), cell("qiyue \(opinion.toolVersion)")],
            [cell(labels.reviewer), cell(opinion.reviewer ?? "")],
        ]
        blocks.append(.table(Table(rows: meta, columnWidths: [1, 3.4])))
        blocks.append(.heading(level: 2, content: [.text(labels.conclusion)]))
        blocks.append(.paragraph([.bold([.text(opinion.conclusion.title.text(in: opinion.language))])]))
        blocks.append(.paragraph([.text(labels.verdictDetail(opinion))]))
        blocks.append(.paragraph([.italic([.text(OpinionConclusion.caveat.text(in: opinion.language))])]))
        blocks.append(.heading(level: 2, content: [.text(labels.summary)]))
        blocks.append(.table(countsTable(opinion.summary, labels)))
        if opinion.files.count > 1 {
            blocks.append(.heading(level: 2, content: [.text(labels.filesSummary)]))
            blocks.append(.table(filesTable(opinion, labels)))
        }
        for file in opinion.files { blocks += section(file, in: opinion, labels) }
        blocks.append(.paragraph([.text("\(labels.signature)\(opinion.reviewer ?? "________________")　　\(labels.date)：\(opinion.date)")]))
        let metadata = DocumentMetadata(
            title: labels.title + " — " + opinion.subject, author: opinion.reviewer, date: opinion.date,
            language: opinion.language == .en ? "en" : "zh-CN"
        )
        return Document(metadata: metadata, blocks: blocks)
    }

    private func cell(_ text: String) -> TableCell { TableCell([.text(text)]) }

    private func countsTable(_ summary: OpinionSummary, _ labels: OpinionLabels) -> Table {
        var rows = [[cell(labels.category)] + OpinionSummary.severities.map { cell(labels.severity($0)) } + [cell(labels.total)]]
        for row in summary.rows {
            rows.append([cell(row.category.opinionLabel.text(in: labels.language))] + row.counts.map { cell(String($0)) } + [cell(String(row.total))])
        }
        let totals = summary.totals
        rows.append([TableCell([.bold([.text(labels.total)])])] + totals.map { cell(String($0)) } + [cell(String(totals.reduce(0, +)))])
        return Table(rows: rows, headerRowCount: 1, columnWidths: [2.4, 1, 1, 1, 1], alignments: [.left, .center, .center, .center, .center])
    }

    private func filesTable(_ opinion: ReviewOpinion, _ labels: OpinionLabels) -> Table {
        var rows = [[cell(labels.number), cell(labels.file), cell(labels.digest), cell(labels.conclusion)] + OpinionSummary.severities.map { cell(labels.severity($0)) }]
        for file in opinion.files {
            rows.append([cell(String(file.number)), cell(file.name), cell(file.sha256 ?? "—"), cell(file.conclusion.title.text(in: opinion.language))]
                + file.counts.map { cell(String($0)) })
        }
        return Table(rows: rows, headerRowCount: 1, columnWidths: [0.6, 3, 3.2, 1.6, 0.8, 0.8, 0.8])
    }

    private func section(_ file: OpinionFile, in opinion: ReviewOpinion, _ labels: OpinionLabels) -> [Block] {
        var blocks: [Block] = []
        if opinion.files.count > 1 { blocks.append(.heading(level: 2, content: [.text(labels.fileHeading(file.number, file.name))])) }
        if let error = file.error {
            blocks.append(.paragraph([.bold([.text(file.conclusion.title.text(in: opinion.language))]), .text("：" + error)]))
            return blocks
        }
        blocks.append(.heading(level: 3, content: [.text(labels.findings)]))
        blocks.append(file.findings.isEmpty ? .paragraph([.text(labels.none)]) : .table(findingsTable(file.findings, labels, missing: false)))
        blocks.append(.heading(level: 3, content: [.text(labels.missing)]))
        blocks.append(file.missing.isEmpty ? .paragraph([.text(labels.none)]) : .table(findingsTable(file.missing, labels, missing: true)))
        blocks.append(.heading(level: 3, content: [.text(labels.exemptions)]))
        blocks.append(file.exemptions.isEmpty ? .paragraph([.text(labels.none)]) : .table(exemptionsTable(file.exemptions, labels)))
        blocks.append(.heading(level: 3, content: [.text(labels.fullText)]))
        blocks += DocxSourceText(file: file).blocks()
        return blocks
    }

    /// Five columns rather than the page's seven: a portrait A4 page leaves the basis, the
    /// longest text, too narrow to read, so the place goes with the rule and the basis under
    /// the problem.
    private func findingsTable(_ findings: [OpinionFinding], _ labels: OpinionLabels, missing: Bool) -> Table {
        var header = [cell(labels.number), cell(labels.location + " / " + labels.rule)]
        if !missing { header.append(cell(labels.excerpt)) }
        header += [cell(labels.problem + " / " + labels.basis), cell(labels.suggestion)]
        var rows = [header]
        for finding in findings {
            var row = [cell(String(finding.number)),
                       TableCell([.text(finding.location), .lineBreak, .text(finding.ruleID), .lineBreak, .bold([.text(labels.severity(finding.severity))])])]
            if !missing {
                let excerpt = finding.excerpt
                var content: [Inline] = [.text(excerpt.before)]
                if !excerpt.marked.isEmpty { content.append(.bold([.underline([.text(excerpt.marked)])])) }
                content.append(.text(excerpt.after))
                row.append(TableCell(content.filter { $0 != .text("") }))
            }
            var problem: [Inline] = [.bold([.text(finding.problem)])]
            if let promise = finding.promise { problem += [.lineBreak, .italic([.text(labels.promise + promise)])] }
            if !finding.basis.isEmpty { problem += [.lineBreak, .text(labels.basis + "：")] }
            for basis in finding.basis { problem += [.lineBreak, .text("· " + basis)] }
            row.append(TableCell(problem))
            var suggestion: [Inline] = [.text(finding.suggestion)]
            if let rewrite = finding.rewrite {
                suggestion += [.lineBreak, .bold([.text(missing ? labels.modelClause : labels.rewrite)]), .text("“\(rewrite)”")]
            }
            row.append(TableCell(suggestion))
            rows.append(row)
        }
        let widths: [Double] = missing ? [0.5, 1.7, 4.6, 3.2] : [0.5, 1.5, 2.4, 3.9, 2.3]
        return Table(rows: rows, headerRowCount: 1, columnWidths: DocxColumnFit(style: Self.style).widths(widths, rows: rows, columns: [1]))
    }

    private func exemptionsTable(_ exemptions: [Exemption], _ labels: OpinionLabels) -> Table {
        var rows = [[cell(labels.number), cell(labels.location), cell(labels.rule), cell(labels.reason), cell(labels.excerpt), cell(labels.exemptedFindings)]]
        for (index, exemption) in exemptions.enumerated() {
            let silenced = exemption.suppressed.map { "\($0.ruleID) \($0.message.text(in: labels.language))" }
            rows.append([
                cell(String(index + 1)),
                TableCell([.text(labels.line(exemption.targetLine)), .lineBreak, .text("\(labels.commentLine) \(labels.line(exemption.line))")]),
                TableCell(lines(exemption.ruleIDs)),
                cell(exemption.reason.isEmpty ? labels.noReason : exemption.reason),
                cell(exemption.targetText),
                TableCell(silenced.isEmpty ? [.text(labels.nothingSilenced)] : lines(silenced)),
            ])
        }
        let widths = DocxColumnFit(style: Self.style).widths([0.5, 1.4, 1.8, 2.4, 3, 2.6], rows: rows, columns: [2, 5])
        return Table(rows: rows, headerRowCount: 1, columnWidths: widths)
    }

    /// Texts one per line inside a cell.
    private func lines(_ texts: [String]) -> [Inline] {
        Array(texts.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))
    }
}
