import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

/// The running header is one line: a title wider than the text column at the header's type
/// size is cut with `…`, one that fits is left whole.
final class DocxHeaderFitTests: XCTestCase {
    private let width = DocxStyle.standard.textWidth
    private let character = DocxStyle.characterWidth(DocxStyle.headerTextSize)

    func testATitleThatFitsTheLineStaysWhole() {
        let title = String(repeating: "招", count: width / character)
        XCTAssertEqual(DocxPackageParts.fittingHeader(title, width: width), title)
    }

    func testALongerTitleIsCutToTheLine() {
        let title = String(repeating: "招", count: width / character + 10)
        let cut = DocxPackageParts.fittingHeader(title, width: width)
        XCTAssertTrue(cut.hasSuffix("…"), cut)
        XCTAssertLessThanOrEqual(DisplayWidth.of(cut) * character / 2, width)
        XCTAssertGreaterThan(DisplayWidth.of(cut) * character / 2, width - 3 * character, "cut no shorter than it must be")
    }
}
