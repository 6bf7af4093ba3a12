import QiyueCore

/// The typographic layout of a written DOCX: fonts, sizes, margins and spacing.
///
/// Two layouts exist. `standard` is what Chinese offices expect of an ordinary agreement:
/// A4, 宋体 (SimSun) 小四 (12 pt) body, 黑体 (SimHei) headings, 1.5 line spacing and a two-character
/// first-line indent. `officialDocument` follows GB/T 9704-2012 for 党政机关公文: 仿宋_GB2312 三号
/// (16 pt) body, fixed 28.95 pt lines (22 lines per page) and margins of 37 mm top, 35 mm bottom,
/// 28 mm left and 26 mm right. Sizes are in half-points and lengths in twips, Word's own units,
/// so that the writer never rounds.
public struct DocxStyle: Sendable, Hashable {
    /// How the page-number footer reads.
    public enum PageNumberFormat: Sendable, Hashable {
        /// `第 X 页 共 Y 页`, centred.
        case chineseOfPages
        /// `— X —`, as GB/T 9704 §7.5 prescribes for official documents.
        case emDashes
    }

    /// How the parties' signature block is laid out.
    public enum SignatureLayout: Sendable, Hashable {
        /// Two parties a row, in the body size: the ordinary agreement.
        case sideBySide
        /// One party a row across the text width, with room above the signature line for the
        /// seal, and every line set small enough to fit its cell: at 三号 a half-width cell holds
        /// thirteen characters, fewer than `法定代表人或授权代表（签字）：` has.
        case stackedWithSealSpace
    }

    public var bodyFont: String
    public var bodySize: Int
    /// Fonts of heading levels 1, 2, 3…; the last one is used for deeper levels.
    public var headingFonts: [String]
    /// Sizes of heading levels 1, 2, 3…, in half-points.
    public var headingSizes: [Int]
    public var titleFont: String
    /// The font Word and LibreOffice should use when `titleFont` is not installed.
    public var titleFallbackFont: String
    public var titleSize: Int
    /// Line spacing: `lineExact == false` means `line` is in 240ths of a line (360 = 1.5 lines);
    /// `true` means `line` is an exact height in twips.
    public var line: Int
    public var lineExact: Bool
    public var marginTop: Int
    public var marginBottom: Int
    public var marginLeft: Int
    public var marginRight: Int
    public var pageNumbers: PageNumberFormat
    /// Whether the document title repeats in the page header (never in official documents).
    public var titleInHeader: Bool
    /// Whether the title is set bold. The official title face 小标宋 is heavy by design; where it
    /// is missing the fallback 宋体 is a light face, and only bold keeps the title a title.
    public var titleBold = false
    /// Whether a level-1 heading is the document's own title (an agreement's `# 某某投资协议`),
    /// set like the title page's title, rather than the first level of a report's outline.
    public var firstHeadingIsTitle = false
    /// How the signature block is laid out.
    public var signatureLayout: SignatureLayout = .sideBySide
    /// The font of Latin text (`w:ascii`, `w:hAnsi`), or `nil` to set Latin in the Chinese font
    /// as an ordinary agreement does. A bilingual brochure sets its English in a Latin face:
    /// 宋体's Latin letters are narrow and uneven, and a foreign reader notices.
    public var latinFont: String? = nil
    /// Whether a paragraph without Chinese is set ragged-right and without the two-character
    /// indent: justified English at this measure opens rivers of space between the words.
    public var latinParagraphsRaggedRight = false
    /// The colour of the cover's band and of the key figures (hex RGB), in a brochure.
    public var accentColour = "1F4E79"

    /// A4 in twips (210 mm × 297 mm).
    public static let pageWidth = 11906
    public static let pageHeight = 16838

    /// The ordinary agreement layout (the default).
    public static let standard = DocxStyle(
        bodyFont: "宋体", bodySize: 24,
        headingFonts: ["黑体"], headingSizes: [32, 28, 24, 24],
        titleFont: "方正小标宋简体", titleFallbackFont: "宋体", titleSize: 44,
        line: 360, lineExact: false,
        marginTop: millimetres(25.4), marginBottom: millimetres(25.4),
        marginLeft: millimetres(31.8), marginRight: millimetres(31.8),
        pageNumbers: .chineseOfPages, titleInHeader: true
    )

    /// The GB/T 9704-2012 official-document layout.
    public static let officialDocument = DocxStyle(
        bodyFont: "仿宋_GB2312", bodySize: 32,
        headingFonts: ["黑体", "楷体_GB2312", "仿宋_GB2312"], headingSizes: [32, 32, 32, 32],
        titleFont: "方正小标宋简体", titleFallbackFont: "宋体", titleSize: 44,
        line: 579, lineExact: true,
        marginTop: millimetres(37), marginBottom: millimetres(35),
        marginLeft: millimetres(28), marginRight: millimetres(26),
        pageNumbers: .emDashes, titleInHeader: false,
        titleBold: true, signatureLayout: .stackedWithSealSpace
    )

    /// An agreement in the official layout: the official document's page, body and page
    /// numbers, with the agreement's first heading set as its title (2号小标宋, centred) and its
    /// articles (second-level headings) in 黑体 三号.
    public static let officialAgreement: DocxStyle = {
        var style = DocxStyle.officialDocument
        style.headingFonts = [style.titleFont, "黑体", "楷体_GB2312", "仿宋_GB2312"]
        style.headingSizes = [style.titleSize, 32, 32, 32]
        style.firstHeadingIsTitle = true
        return style
    }()

    /// The bilingual brochure: the standard page and Chinese faces, English in Times New
    /// Roman (Liberation Serif where LibreOffice lacks it) and set ragged-right.
    public static let brochure: DocxStyle = {
        var style = DocxStyle.standard
        style.latinFont = "Times New Roman"
        style.latinParagraphsRaggedRight = true
        return style
    }()

    /// The `w:rFonts` element for text in `font`: Chinese in `font`, Latin in `latinFont` when
    /// the layout has one, so Word picks the face by the script of each character.
    public func runFonts(_ font: String) -> String {
        guard let latinFont, font != "Courier New" else { return DocxStylesPart.fonts(font) }
        // Latin beside 黑体 headings is set in a sans face, beside the serif faces in `latinFont`.
        let latin = XMLEscaping.escape(font == "黑体" ? "Arial" : latinFont)
        return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(XMLEscaping.escape(font))\" w:cs=\"\(latin)\"/>"
    }

    /// Converts millimetres to twips (1/1440 inch), rounded to the nearest twip.
    public static func millimetres(_ value: Double) -> Int {
        Int((value / 25.4 * 1440).rounded())
    }

    /// The width available for text, in twips.
    public var textWidth: Int { Self.pageWidth - marginLeft - marginRight }

    /// The width of one character of `halfPoints` type, in twips: a Chinese character is as wide as it is high.
    public static func characterWidth(_ halfPoints: Int) -> Int { halfPoints * 10 }

    /// The size of the running header's text, in half-points (小五, 9 pt): small enough that
    /// a project's name fits the line.
    public static let headerTextSize = 18

    /// The size of table text, in half-points: a step below the body (五号 beside 小四), and
    /// never above it, so that a table of an official document is not set at 三号.
    public var tableTextSize: Int { min(bodySize, 24) - 3 }

    /// The left and right padding of every table cell together, in twips (Word's default 0.19 cm a side).
    public static let cellPadding = 2 * 108

    public func headingFont(level: Int) -> String {
        headingFonts[min(max(level, 1), headingFonts.count) - 1]
    }

    public func headingSize(level: Int) -> Int {
        headingSizes[min(max(level, 1), headingSizes.count) - 1]
    }

    /// The fallback Word should use for a font the machine may not have.
    public func alternateName(of font: String) -> String? {
        switch font {
        case titleFont: return titleFallbackFont
        case "仿宋_GB2312": return "仿宋"
        case "楷体_GB2312": return "楷体"
        default: return nil
        }
    }
}
