import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Random and mutated Markdown: each case is read, written in every format, and the DOCX read
/// back by our own reader; any result is fine, a crash, a trap or a slow case is not.
final class MarkdownFuzzTests: XCTestCase {
    static let fragments = [
        "*", "**", "_", "__", "~~", "`", "```", "[", "]", "(", ")", "](", "![", "<", ">", "</u>", "<u>", "<br>", "&amp;", "&#x4E2D;",
        "&", "\\", "\\*", "|", " | ", "|---|", ":--", "--:", "-", "- ", "* ", "+ ", "1. ", "2) ", "#", "# ", "###### ", "> ", "---",
        "===", "\n", "\n\n", "  ", "    ", "\t", "\\pagebreak", "{.title}", "{.signature}", "{width=60mm}", "第一条", "（一）", "甲方",
        "返还土地出让金", "。", "，", "x", "http://x.cn", "<!-- c -->", "$", "^", "\u{200B}", "\u{AD}", "😀", "\u{301}", "\r\n",
        "(data:image/png;base64,AAAA)", "(a.png)", "(../x.png)", "(/etc/passwd)", "title: 协议\n", "---\n",
    ]

    private func check(_ markdown: String, seed: UInt64) {
        var failure: String?
        let elapsed = ThreadCPUTime.measure {
            let document = MarkdownReader(fileName: "fuzz.md").read(markdown).document
            if (try? HTMLWriter().write(document)) == nil { failure = "the HTML writer refused a small document" }
            _ = MarkdownWriter().write(document)
            let text = PlainTextWriter().write(document)
            do {
                let docx = try DocxWriter().write(document)
                // What we write, we read back.
                _ = try DocxReader().read(docx)
            } catch {
                failure = "\(error)"
            }
            _ = text
        }
        if let failure { XCTFail("seed \(seed): \(markdown.debugDescription): \(failure)") }
        XCTAssertLessThan(elapsed, FuzzBudget.caseLimit, "seed \(seed): \(markdown.debugDescription) took \(elapsed) s")
    }

    func testRandomFragmentDocuments() {
        for seed in UInt64(1)...UInt64(FuzzBudget.iterations(default: 1_500)) {
            var random = SeededGenerator(seed: seed)
            let count = Int.random(in: 1...60, using: &random)
            check((0..<count).map { _ in Self.fragments.randomElement(using: &random)! }.joined(), seed: seed)
        }
    }

    func testMutatedCorpusDocuments() throws {
        let corpus = try Fixtures.corpusNames.map { try String(contentsOf: Fixtures.corpus.appendingPathComponent("\($0).md"), encoding: .utf8) }
        for seed in UInt64(100_000)..<UInt64(100_000 + FuzzBudget.iterations(default: 150)) {
            var random = SeededGenerator(seed: seed)
            var bytes = Array(corpus.randomElement(using: &random)!.utf8)
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...16, using: &random)))
                case 1: bytes.insert(contentsOf: Array(Self.fragments.randomElement(using: &random)!.utf8), at: position)
                case 2: bytes[position] = UInt8.random(in: 0...255, using: &random)
                default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 64)], at: position)
                }
            }
            check(String(decoding: bytes, as: UTF8.self), seed: seed)
        }
    }

    /// Structures repeated to depth: nesting and repetition are where parsers go quadratic.
    func testDeepAndRepeatedStructures() {
        let openers = ["> ", "- ", "1. ", "  ", "*", "[", "**", "<u>", "|"]
        for seed in UInt64(200_000)..<UInt64(200_000 + FuzzBudget.iterations(default: 60)) {
            var random = SeededGenerator(seed: seed)
            let opener = openers.randomElement(using: &random)!
            let depth = Int.random(in: 100...3_000, using: &random)
            let closer = Self.fragments.randomElement(using: &random)!
            check(String(repeating: opener, count: depth) + "条" + String(repeating: closer, count: depth / 2) + "\n", seed: seed)
        }
    }
}
