import QiyueCore

/// The frame of the register and portfolio pages: one self-contained file (no scripts, no
/// external styles) that opens from a USB stick on an intranet machine and prints on A4.
enum HTMLPage {
    static func wrap(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.5em; border-bottom: 2px solid #8b0000; padding-bottom: .3em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; }
        table { border-collapse: collapse; width: 100%; font-size: .86em; margin-top: .6em; }
        th, td { border: 1px solid #bbb; padding: .3em .5em; text-align: left; vertical-align: top; }
        th { background: #f1ece4; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; }
        td.conclusion { min-width: 4.5em; }
        .hash { font-family: monospace; font-size: .85em; word-break: break-all; }
        .flag { color: #8b0000; font-weight: bold; }
        .ok { color: #2e6b2e; }
        .meta { color: #555; font-size: .9em; }
        ul.reasons { margin: 0; padding-left: 1.2em; }
        @media print { body { margin: 1cm; } th { background: #eee; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
