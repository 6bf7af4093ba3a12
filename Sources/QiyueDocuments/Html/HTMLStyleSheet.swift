/// The CSS embedded in every HTML file we write.
///
/// Fonts are stacks, not single names, because a brochure is opened on Windows (宋体/黑体),
/// macOS (Songti/PingFang) and Linux (Noto CJK / Source Han) alike. The print rules lay the
/// page out on A4 with the same margins as the DOCX and put `第 X 页 共 Y 页` in the bottom margin
/// (CSS paged media margin boxes, honoured by Chromium's print engine and PDF renderers).
enum HTMLStyleSheet {
    static let serif = "\"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Noto Serif SC\", serif"
    static let sans = "\"SimHei\", \"黑体\", \"PingFang SC\", \"Heiti SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", sans-serif"
    static let title = "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", serif"

    static let css = """
    @page { size: A4; margin: 25.4mm 31.8mm;
      @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font: 9pt \(serif); } }
    html { background: #f4f4f4; }
    body { margin: 0; color: #000; font-family: \(serif); font-size: 12pt; line-height: 1.5; }
    article { box-sizing: border-box; max-width: 210mm; margin: 2em auto; padding: 25.4mm 31.8mm; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,.15); }
    h1, h2, h3, h4, h5, h6 { font-family: \(sans); font-weight: normal; line-height: 1.5; margin: 0.8em 0 0.4em; page-break-after: avoid; break-after: avoid; }
    h1 { font-size: 16pt; text-align: center; } h2 { font-size: 14pt; } h3, h4, h5, h6 { font-size: 12pt; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
    .clause-label { font-weight: bold; }
    .clause-item .clause-label { font-weight: normal; }
    ul, ol { margin: 0; padding-left: 2em; } li > p { text-indent: 0; }
    blockquote { margin: 0.5em 2em; color: #404040; font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; }
    table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 10.5pt; line-height: 1.3; }
    th, td { border: 0.5pt solid #000; padding: 2pt 5.4pt; vertical-align: middle; text-align: left; }
    th { background: #e7e6e6; text-align: center; }
    thead { display: table-header-group; } tr { break-inside: avoid; }
    table.signature { margin-top: 2em; }
    table.signature td { border: none; padding: 6pt 1em 6pt 0; vertical-align: top; width: 50%; font-size: 12pt; line-height: 1.5; }
    table.signature td div { margin-bottom: 1em; }
    figure { margin: 0.5em 0; text-align: center; } figure img { max-width: 100%; height: auto; }
    hr { border: none; border-bottom: 0.75pt solid #808080; margin: 0.5em 0; }
    code { font-family: "Courier New", monospace; }
    .title-page { text-align: center; padding-top: 30mm; min-height: 200mm; }
    .title-page h1 { font-family: \(title); font-size: 22pt; margin-bottom: 1em; }
    .title-page .subtitle { font-family: \(sans); font-size: 14pt; text-indent: 0; text-align: center; }
    .title-page .lines { margin-top: 40mm; } .title-page .lines p { text-indent: 0; text-align: center; font-size: 14pt; }
    .page-break { height: 0; }
    @media print {
      html { background: none; }
      article { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      .page-break, .title-page { break-after: page; page-break-after: always; }
    }
    """
}
