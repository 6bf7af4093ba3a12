import QiyueCore
import Foundation
import QiyueDocuments
import QiyueReview

/// Writes a `ReviewOpinion` as one self-contained HTML page: inline CSS, no script, no
/// resource loaded from anywhere, so the file can be mailed, archived and printed offline.
///
/// Every piece of data (file names, clause text, messages, reasons) goes through
/// `XMLEscaping`, so nothing a draft contains can become markup in the opinion.
public struct HTMLOpinionWriter: Sendable {
    /// The largest page written; writing stops, with an `OutputLimitError`, once it is crossed.
    public var maximumBytes = DocumentLimits.maximumHTMLBytes

    public init() {}

    public func write(_ opinion: ReviewOpinion) throws -> String {
        let labels = OpinionLabels(language: opinion.language)
        let english = opinion.language == .en
        var html = "<!DOCTYPE html>\n<html lang=\"\(english ? "en" : "zh-CN")\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"qiyue \(e(opinion.toolVersion))\">\n"
        html += "<title>\(e(labels.title)) — \(e(opinion.subject))</title>\n"
        html += "<style>\n\(OpinionStyleSheet.css(english: english))\n</style>\n</head>\n<body>\n"
        html += header(opinion, labels)
        html += "<h2>\(e(labels.summary))</h2>\n" + countsTable(opinion.summary, labels)
        if opinion.files.count > 1 { html += filesTable(opinion, labels) }
        // The reviewed texts make the page large: no further file is written once it is past the limit.
        for file in opinion.files {
            guard html.utf8.count <= maximumBytes else { break }
            html += section(file, in: opinion, labels)
        }
        html += "<p class=\"signature\">\(e(labels.signature))\(opinion.reviewer.map(e) ?? "________________")　　\(e(labels.date))：\(e(opinion.date))</p>\n"
        html += "</body>\n</html>\n"
        guard html.utf8.count <= maximumBytes else { throw OutputLimitError(format: "HTML", limit: maximumBytes) }
        return html
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func header(_ opinion: ReviewOpinion, _ labels: OpinionLabels) -> String {
        var html = "<header>\n<h1>\(e(labels.title))</h1>\n<table class=\"meta\">\n"
        html += row(labels.subject, e(opinion.subject))
        if opinion.files.count == 1, let digest = opinion.files[0].sha256 {
            html += row(labels.digest, "<code>\(e(digest))</code>")
        }
        html += row(labels.date, e(opinion.date))
        html += row(labels.rulePack, e("\(opinion.rulePackName) \(opinion.rulePackVersion)"))
        html += row(labels.tool, e("qiyue \(opinion.toolVersion)"))
        html += row(labels.reviewer, opinion.reviewer.map(e) ?? "")
        html += "</table>\n</header>\n"
        let conclusion = opinion.conclusion
        html += "<section class=\"conclusion\">\n<h2>\(e(labels.conclusion))</h2>\n"
        html += "<p class=\"verdict \(conclusion.rawValue)\">\(e(conclusion.title.text(in: opinion.language)))</p>\n"
        html += "<p>\(e(labels.verdictDetail(opinion)))</p>\n"
        html += "<p class=\"caveat\">\(e(OpinionConclusion.caveat.text(in: opinion.language)))</p>\n</section>\n"
        return html
    }

    private func row(_ label: String, _ value: String) -> String {
        "<tr><th>\(e(label))</th><td>\(value)</td></tr>\n"
    }

    private func countsTable(_ summary: OpinionSummary, _ labels: OpinionLabels) -> String {
        var html = "<table class=\"counts\">\n<thead><tr><th>\(e(labels.category))</th>"
        for severity in OpinionSummary.severities { html += "<th>\(e(labels.severity(severity)))</th>" }
        html += "<th>\(e(labels.total))</th></tr></thead>\n<tbody>\n"
        for row in summary.rows {
            html += "<tr><td>\(e(row.category.opinionLabel.text(in: labels.language)))</td>"
            html += row.counts.map { "<td>\($0)</td>" }.joined() + "<td>\(row.total)</td></tr>\n"
        }
        let totals = summary.totals
        html += "<tr><th>\(e(labels.total))</th>" + totals.map { "<th>\($0)</th>" }.joined() + "<th>\(totals.reduce(0, +))</th></tr>\n"
        return html + "</tbody>\n</table>\n"
    }

    private func filesTable(_ opinion: ReviewOpinion, _ labels: OpinionLabels) -> String {
        var html = "<h2>\(e(labels.filesSummary))</h2>\n<table class=\"files\">\n<thead><tr><th>\(e(labels.number))</th><th>\(e(labels.file))</th>"
        html += "<th>\(e(labels.digest))</th><th>\(e(labels.conclusion))</th>"
        for severity in OpinionSummary.severities { html += "<th>\(e(labels.severity(severity)))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for file in opinion.files {
            html += "<tr><td class=\"num\">\(file.number)</td><td><a href=\"#file-\(file.number)\">\(e(file.name))</a></td>"
            html += "<td><code>\(file.sha256.map(e) ?? "—")</code></td>"
            html += "<td>\(e(file.conclusion.title.text(in: opinion.language)))</td>"
            html += file.counts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func section(_ file: OpinionFile, in opinion: ReviewOpinion, _ labels: OpinionLabels) -> String {
        let prefix = "f\(file.number)"
        var html = "<section class=\"file\" id=\"file-\(file.number)\">\n"
        if opinion.files.count > 1 { html += "<h2>\(e(labels.fileHeading(file.number, file.name)))</h2>\n" }
        if let error = file.error {
            html += "<p class=\"error-text\"><strong>\(e(file.conclusion.title.text(in: opinion.language)))</strong>：\(e(error))</p>\n"
            return html + "</section>\n"
        }
        html += "<h3>\(e(labels.findings))</h3>\n"
        html += file.findings.isEmpty ? "<p>\(e(labels.none))</p>\n" : findingsTable(file.findings, prefix: prefix, labels)
        html += "<h3>\(e(labels.missing))</h3>\n"
        html += file.missing.isEmpty ? "<p>\(e(labels.none))</p>\n" : findingsTable(file.missing, prefix: prefix, labels, missing: true)
        html += "<h3>\(e(labels.exemptions))</h3>\n"
        html += file.exemptions.isEmpty ? "<p>\(e(labels.none))</p>\n" : exemptionsTable(file.exemptions, prefix: prefix, labels)
        html += "<h3>\(e(labels.fullText))</h3>\n"
        html += HTMLSourceText(file: file, prefix: prefix).html()
        return html + "</section>\n"
    }

    private func findingsTable(_ findings: [OpinionFinding], prefix: String, _ labels: OpinionLabels, missing: Bool = false) -> String {
        let widths = missing ? [5, 10, 14, 22, 31, 18] : [5, 8, 12, 19, 13, 26, 17]
        var html = "<table class=\"findings\">\n<colgroup>" + widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>\n<thead><tr><th>\(e(labels.number))</th><th>\(e(labels.location))</th><th>\(e(labels.rule))</th>"
        if !missing { html += "<th>\(e(labels.excerpt))</th>" }
        html += "<th>\(e(labels.problem))</th><th>\(e(labels.basis))</th><th>\(e(labels.suggestion))</th></tr></thead>\n<tbody>\n"
        for finding in findings {
            let severity = finding.severity.rawValue
            html += "<tr id=\"\(prefix)-r\(finding.number)\" data-rule=\"\(e(finding.ruleID))\" data-line=\"\(finding.line)\" data-column=\"\(finding.column)\">"
            html += "<td class=\"num\"><a href=\"#\(prefix)-m\(finding.number)\">\(finding.number)</a></td>"
            html += "<td>\(e(finding.location))</td>"
            html += "<td class=\"rule\">\(ruleCode(finding.ruleID))<br><span class=\"sev \(severity)\">\(e(labels.severity(finding.severity)))</span></td>"
            if !missing {
                let excerpt = finding.excerpt
                html += "<td class=\"excerpt\">\(e(excerpt.before))"
                if !excerpt.marked.isEmpty { html += "<mark class=\"\(severity)\">\(e(excerpt.marked))</mark>" }
                html += "\(e(excerpt.after))</td>"
            }
            html += "<td>\(e(finding.problem))"
            if let promise = finding.promise { html += "<div class=\"promise\">\(e(labels.promise))\(e(promise))</div>" }
            html += "</td><td class=\"basis\">"
            html += finding.basis.isEmpty ? "—" : "<ul>" + finding.basis.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
            html += "</td><td>\(e(finding.suggestion))"
            if let rewrite = finding.rewrite {
                html += "<div class=\"rewrite\">\(e(missing ? labels.modelClause : labels.rewrite))“\(e(rewrite))”</div>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A rule id as code that a narrow column breaks after its dots (`procurement.` /
    /// `designated-purchase`) before it breaks inside a word; `<wbr>` puts no character into
    /// the id a reader copies.
    private func ruleCode(_ id: String) -> String {
        "<code>\(e(id).replacingOccurrences(of: ".", with: ".<wbr>"))</code>"
    }

    private func exemptionsTable(_ exemptions: [Exemption], prefix: String, _ labels: OpinionLabels) -> String {
        var html = "<table class=\"exemptions\">\n<colgroup>" + [4, 12, 16, 22, 26, 20].map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>\n<thead><tr><th>\(e(labels.number))</th><th>\(e(labels.location))</th><th>\(e(labels.rule))</th>"
        html += "<th>\(e(labels.reason))</th><th>\(e(labels.excerpt))</th><th>\(e(labels.exemptedFindings))</th></tr></thead>\n<tbody>\n"
        for (index, exemption) in exemptions.enumerated() {
            html += "<tr id=\"\(prefix)-x\(index + 1)\"><td class=\"num\"><a href=\"#\(prefix)-L\(exemption.reviewedLine)\">\(index + 1)</a></td>"
            html += "<td>\(e(labels.line(exemption.targetLine)))<br><small>\(e(labels.commentLine)) \(e(labels.line(exemption.line)))</small></td>"
            html += "<td class=\"rule\">" + exemption.ruleIDs.map(ruleCode).joined(separator: "<br>") + "</td>"
            html += "<td>\(e(exemption.reason.isEmpty ? labels.noReason : exemption.reason))</td>"
            html += "<td>\(e(exemption.targetText))</td><td>"
            html += exemption.suppressed.isEmpty
                ? e(labels.nothingSilenced)
                : exemption.suppressed.map { "\(ruleCode($0.ruleID)) \(e($0.message.text(in: labels.language)))" }.joined(separator: "<br>")
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
