import XCTest
@testable import QiyueReview

/// Normalisation folds spellings together and still finds its way back to the original.
final class NormalizedTextTests: XCTestCase {
    /// The count that sizes the folded units, against the standard library's, at every length
    /// and alignment of random text mixing one- to four-byte scalars.
    func testScalarCountAgreesWithTheUnicodeScalarView() {
        let pieces = ["a", " ", "\n", "é", "甲", "，", "𠀀", "\u{7F}", "\u{80}", "\u{FFFF}", "\u{10FFFF}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            // Up to about 1,000 bytes: past the 31 words after which the lanes are summed.
            var text = (0..<Int.random(in: 0...300, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            text.makeContiguousUTF8()
            let count = text.utf8.withContiguousStorageIfAvailable { NormalizedText.scalarCount($0) }
            XCTAssertEqual(count, text.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Units made text directly agree with the standard library's UTF-16 decoding, lone
    /// surrogates (repaired) included, for slices that do not start at zero.
    func testUnitsAsTextAgreeWithUTF16Decoding() {
        let alphabet: [UInt16] = [0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x7532, 0xFF0C, 0xFFFD, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x0A]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let lower = Int.random(in: 0...units.count, using: &generator)
            let slice = units[lower..<Int.random(in: lower...units.count, using: &generator)]
            XCTAssertEqual(NormalizedText.string(of: slice), String(decoding: slice, as: UTF16.self), "\(Array(slice))")
        }
    }

    /// Runs of ideographs (read in a loop of their own) next to other characters fold as each
    /// character folds alone, at the edges of the ideograph range too.
    func testIdeographRunsFoldCharacterByCharacter() {
        let alphabet = Array("\u{4E00}\u{9FFF}\u{4DFF}\u{A000}甲方乙龥丂，。；8aＡ８（）𠀀é".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(String.UnicodeScalarView(scalars))
            XCTAssertEqual(NormalizedText(text).units, scalars.map { CharacterFolding.fold($0.value) }, "\(scalars.map(\.value))")
        }
    }

    /// Text with every kind of unit (ignorable, spaces and markup pending next to Chinese,
    /// soft CRLF breaks) keeps one unit per scalar at most, so the storage sized by the scalar
    /// count is never overrun.
    func testFoldedUnitsNeverOutnumberTheScalars() {
        let pieces = ["甲", " ", "*", "\u{200B}", "\r\n", "\n", "\r", "a", "8", "，", "　", "_"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
            let soft = (0..<lines).map { _ in Bool.random(using: &generator) }
            let normalized = NormalizedText(text, softBreaks: soft)
            XCTAssertLessThanOrEqual(normalized.units.count, text.unicodeScalars.count)
        }
    }

    func testFullWidthFormsFoldToHalfWidth() {
        XCTAssertEqual(NormalizedText("（一）每亩８万元；ＡＢ").string(0..<11), "(一)每亩8万元;ab")
    }

    func testDocumentNumberBracketsFoldToOneForm() {
        let text = NormalizedText("国发〔2014〕62号、［2015］、【2016】")
        XCTAssertEqual(text.string(0..<text.units.count), "国发[2014]62号、[2015]、[2016]")
    }

    func testSpacesBetweenChineseCharactersAreDropped() {
        let text = NormalizedText("甲 方 承 诺　返还 土地出让金 8 万元")
        XCTAssertEqual(text.string(0..<text.units.count), "甲方承诺返还土地出让金8万元")
    }

    func testSpacesBetweenLatinWordsAndNumbersStay() {
        let text = NormalizedText("Article 9 Guarantee 甲 方 以 每 亩 4.5 万 元 ， 按 3%")
        XCTAssertEqual(text.string(0..<text.units.count), "article 9 guarantee甲方以每亩4.5万元,按3%")
    }

    func testMarkupResidueInsideChineseTextIsDropped() {
        let text = NormalizedText("出让价**格为每亩8**万元，价\\*\\*格 _甲_方")
        XCTAssertEqual(text.string(0..<text.units.count), "出让价格为每亩8万元,价格甲方")
        // Between Latin words and in code-like text the characters stay.
        let latin = NormalizedText("a*b snake_case x ~ y")
        XCTAssertEqual(latin.string(0..<latin.units.count), "a*b snake_case x ~ y")
        let column = NormalizedText("价**格").position(of: 1).column
        XCTAssertEqual(column, 4)
    }

    func testPositionsMapBackToOriginalColumns() {
        // 甲 方 承 诺 … : the 承 is the 5th character of the original line.
        let text = NormalizedText("第一行\n甲 方 承 诺")
        let offset = text.units.firstIndex(of: "承".utf16.first!)!
        XCTAssertEqual(text.position(of: offset).line, 2)
        XCTAssertEqual(text.position(of: offset).column, 5)
    }

    func testZeroWidthCharactersAreDroppedAndColumnsStillCountThem() {
        let text = NormalizedText("担\u{200B}保函")
        XCTAssertEqual(text.string(0..<text.units.count), "担保函")
        XCTAssertEqual(text.position(of: 2).column, 4)
    }

    func testOriginalLineKeepsTheUserText() {
        let text = NormalizedText("一\r\n二（２）\n")
        XCTAssertEqual(text.originalLine(1), "二（２）")
        XCTAssertEqual(text.originalLine(0), "一")
    }

    func testTermsFoldLikeText() {
        XCTAssertEqual(NormalizedText.fold(term: "Ｘ县 人民 政府"), Array("x县人民政府".utf16))
    }

    /// Excerpts are encoded to UTF-8 directly; they must read as the units decoded as UTF-16
    /// would, for one-, two- and three-byte characters and for what folds to U+FFFD.
    func testStringOfARangeIsTheUnitsAsText() {
        let text = NormalizedText("甲方 承诺：Café ＡＢＣ１２３ 😀 每亩５万元（含税）。\nÀ la ligne — “引号”\u{200B}末")
        for range in [0..<text.units.count, 0..<0, 2..<9, 5..<text.units.count, 0..<1, (text.units.count - 1)..<text.units.count] {
            XCTAssertEqual(text.string(range), String(decoding: text.units[range], as: UTF16.self), "\(range)")
        }
        XCTAssertEqual(text.string(-3..<text.units.count + 5), String(decoding: text.units, as: UTF16.self))
    }
}
