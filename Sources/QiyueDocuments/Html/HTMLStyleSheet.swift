/// The CSS embedded in every HTML file we write.
///
/// Fonts are stacks, not single names, because a brochure is opened on Windows (宋体/黑体),
/// macOS (Songti/PingFang) and Linux (Noto CJK / Source Han) alike. The print rules lay the
/// page out on A4 with the same margins as the DOCX and put `第 X 页 共 Y 页` in the bottom margin
/// (CSS paged media margin boxes, honoured by Chromium's print engine and PDF renderers).
enum HTMLStyleSheet {
    static let serif = "\"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Noto Serif SC\", serif"
    static let sans = "\"SimHei\", \"黑体\", \"PingFang SC\", \"Heiti SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", sans-serif"
    /// English is set in a Latin face, with the Chinese faces after it for a stray character.
    static let latinSerif = "\"Times New Roman\", \"Liberation Serif\", \"Noto Serif\", \"Noto Serif CJK SC\", serif"
    static let latinSans = "\"Arial\", \"Liberation Sans\", \"Noto Sans\", \"Noto Sans CJK SC\", sans-serif"
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
    .title-page.cover { padding-top: 0; }
    .title-page.cover .band { background: #1f4e79; color: #fff; padding: 18mm 8mm; min-height: 40mm; display: flex; flex-direction: column; justify-content: center; }
    .title-page.cover .band h1 { color: #fff; margin: 0.2em 0; font-size: 20pt; }
    .title-page.cover .band h1:lang(en) { font-size: 15pt; font-weight: bold; }
    .title-page.cover .band .subtitle { color: #fff; margin-top: 1em; }
    .title-page.cover figure { margin: 0; } .title-page.cover figure img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
    .title-page.cover .lines { margin-top: 12mm; }
    .title-page.cover:not(:has(figure)) .band { min-height: 110mm; }
    .title-page.cover:has(.cover-figures) .band { min-height: 80mm; }
    .title-page.cover .cover-figures { margin-top: 18mm; }
    table.key-figures { border: none; table-layout: fixed; margin: 0.8em 0; }
    table.key-figures th, table.key-figures td { border: none; background: #eaf1f8; text-align: center; padding: 4pt 4pt; }
    table.key-figures td { color: #1f4e79; font-size: 16pt; font-weight: bold; padding-top: 8pt; font-family: \(sans); }
    table.key-figures td span:lang(en) { font-size: 9pt; font-weight: normal; color: #404040; }
    table.key-figures th { font-family: \(serif); font-size: 9pt; color: #404040; padding-bottom: 8pt; }
    table.key-figures tr > * + * { border-left: 3pt solid #fff; }
    .page-break { height: 0; }
    :lang(en) { font-family: \(latinSerif); }
    h1:lang(en), h2:lang(en), h3:lang(en), h4:lang(en), h5:lang(en), h6:lang(en), th:lang(en), .title-page .subtitle:lang(en),
    h1 :lang(en), h2 :lang(en), h3 :lang(en), h4 :lang(en), h5 :lang(en), h6 :lang(en), th :lang(en) { font-family: \(latinSans); }
    h2 span:lang(en), h3 span:lang(en) { font-size: 0.85em; color: #404040; }
    p:lang(en) { text-align: left; text-indent: 0; hyphens: manual; }
    p.bilingual { text-align: left; text-indent: 0; }
    article > p:lang(en), section > p:lang(en) { margin-bottom: 0.4em; }
    @media print {
      html { background: none; }
      article { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      .page-break, .title-page { break-after: page; page-break-after: always; }
    }
    """
}
