/// The inline style sheet of the HTML opinion: a readable page on screen and an A4 filing
/// copy in print, with page numbers in the bottom margin, table headers repeated on every
/// page and no table row split across two pages.
enum OpinionStyleSheet {
    static func css(english: Bool) -> String {
        let pageNumbers = english
            ? "\"Page \" counter(page) \" of \" counter(pages)"
            : "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\""
        return """
        :root { --ink: #1d2329; --muted: #5c6670; --line: #c9d0d6; --error: #b42318; --warning: #b54708; --info: #175cd3; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1180px; padding: 32px 40px 64px; color: var(--ink); background: #fff;
          font: 15px/1.7 "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC", serif; }
        h1 { text-align: center; font-size: 28px; margin: 8px 0 24px; }
        html[lang="zh-CN"] h1 { letter-spacing: .3em; }
        h2 { font-size: 19px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin: 36px 0 12px; }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        table.findings, table.exemptions { table-layout: fixed; }
        td { overflow-wrap: anywhere; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
        thead th { background: #eef1f4; white-space: nowrap; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        table.meta th { width: 9em; background: #f6f7f9; white-space: nowrap; }
        table.counts td, table.counts th { text-align: center; }
        table.counts td:first-child { text-align: left; }
        td.num { text-align: center; white-space: nowrap; }
        td.rule code, code { font: 13px/1.4 "Noto Sans Mono CJK SC", monospace; overflow-wrap: anywhere; }
        td.basis ul { margin: 0; padding-left: 1.1em; }
        td.basis li { margin: 0 0 4px; }
        .sev { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 3px; color: #fff; white-space: nowrap; }
        .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
        mark { background: #ffe08a; padding: 0 1px; }
        mark.error { background: #fecdca; } mark.warning { background: #fedf89; } mark.info { background: #d1e9ff; }
        .promise { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .rewrite { margin-top: 6px; padding-left: 6px; border-left: 3px solid #2e7d32; }
        section.conclusion { border: 2px solid var(--ink); padding: 12px 16px; margin: 16px 0; }
        section.conclusion h2 { border: 0; margin: 0 0 4px; padding: 0; }
        .verdict { font-size: 22px; font-weight: bold; margin: 4px 0; }
        .verdict.reviseBeforeSigning { color: var(--error); } .verdict.notReviewed { color: var(--warning); } .verdict.noViolationFound { color: #067647; }
        .caveat { color: var(--muted); font-size: 13px; border-top: 1px dashed var(--line); padding-top: 6px; margin-top: 8px; }
        .error-text { color: var(--error); }
        .source { border: 1px solid var(--line); padding: 8px 0; font-size: 14px; }
        .source p { margin: 0; padding: 1px 12px 1px 4.5em; text-indent: -3.5em; white-space: pre-wrap; word-break: break-word; }
        .source .ln { display: inline-block; width: 3em; margin-right: .5em; text-align: right; color: var(--muted); text-indent: 0; user-select: none; }
        .source p.exempt { background: #f2f4f7; border-left: 3px solid var(--muted); }
        a.ref { font-size: 11px; vertical-align: super; text-decoration: none; margin-left: 1px; }
        :target { outline: 2px solid var(--info); }
        .signature { margin-top: 40px; text-align: right; }
        @page { size: A4; margin: 18mm 15mm 20mm; @bottom-center { content: \(pageNumbers); font-size: 9pt; color: #5c6670; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          table.findings, table.exemptions { font-size: 9pt; line-height: 1.5; }
          th, td { padding: 4px 5px; }
          td.rule code, code { font-size: 8pt; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
          section.conclusion, table.meta { break-inside: avoid; }
          :target { outline: none; }
        }
        """
    }
}
