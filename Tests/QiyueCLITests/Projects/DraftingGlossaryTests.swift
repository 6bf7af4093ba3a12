import Foundation
import QiyueProjects
import QiyueTestSupport
import XCTest

/// The bilingual brochures use the glossary's English for every official term: each Chinese
/// paragraph is followed by its English (`> …`), each heading and table row carries the
/// rendering on the same line, and a paragraph in both languages (the cover, `中文 / English`
/// labels) carries it within the paragraph.
final class DraftingGlossaryTests: ScratchDirectoryTestCase {
    let check = GlossaryCheck()

    func testBrochuresPassTheGlossaryCheck() throws {
        for project in DraftingFixtures.cleanProjects {
            let name = DraftingFixtures.name(of: project)
            let (result, text) = try DraftingFixtures.draft(["dossier", project.path, "--edition", "zh-en"], to: "\(name).md", in: directory)
            XCTAssertEqual(result.status, 0, result.stderr)
            let problems = mismatches(in: try XCTUnwrap(text))
            XCTAssertEqual(problems, [], name)
        }
    }

    /// The checker finds a wrong rendering, so a passing brochure means something.
    func testTheCheckCatchesAMissingRendering() {
        let brochure = "## 区位 Location\n\n项目紧邻中老铁路。\n\n> The project is next to the railway.\n"
        XCTAssertEqual(mismatches(in: brochure), ["中老铁路 → China–Laos Railway in “> The project is next to the railway.”"])
    }

    /// A Chinese paragraph with Latin letters (10GW, LNG) is still paired with its English.
    func testChineseWithLatinLettersIsPairedWithTheNextParagraph() {
        XCTAssertEqual(mismatches(in: "园区LNG供气站已建成。\n\n> The park's LNG station is built.\n"), [])
        XCTAssertEqual(mismatches(in: "园区LNG供气站已建成。\n\n> The LNG station is built.\n"), ["园区 → park in “> The LNG station is built.”"])
    }

    func testAChineseParagraphWithoutEnglishIsReported() {
        XCTAssertEqual(mismatches(in: "## 概况 Overview\n\n只有中文。\n"), ["untranslated: 只有中文。"])
    }

    /// One line per problem: the term, its expected English, and the English that lacks it.
    func mismatches(in markdown: String) -> [String] {
        let blocks = markdown.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        var problems: [String] = []
        for (index, block) in blocks.enumerated() {
            let translated = index + 1 < blocks.count && blocks[index + 1].hasPrefix("> ")
            if block.hasPrefix("> ") {
                let chinese = index > 0 ? blocks[index - 1] : ""
                problems += check.check(zh: chinese, en: block).map { "\($0.term) → \($0.expected) in “\(block)”" }
            } else if translated {
                continue  // checked with its English, the next block
            } else if block.hasPrefix("|") || block.hasPrefix("#") {
                // Table rows and headings pair their languages on each line.
                for line in block.split(separator: "\n").map(String.init) where Self.hasLatinLetters(line) {
                    problems += check.check(zh: line, en: line).map { "\($0.term) → \($0.expected) in “\(line)”" }
                }
            } else if Self.hasLatinLetters(block) {
                // A paragraph holding both languages, such as the cover: its lines pair up as a whole.
                problems += check.check(zh: block, en: block).map { "\($0.term) → \($0.expected) in “\(block)”" }
            } else if Self.hasChinese(block) {
                problems.append("untranslated: \(block)")
            }
        }
        return problems
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    static func hasLatinLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("a"..."z").contains(Character($0)) || ("A"..."Z").contains(Character($0)) }
    }
}
