import XCTest
@testable import QiyueReview

/// A line's opening marker and a form value's brackets are read as the plain versions read them.
final class LineShapeOpensBlockTests: XCTestCase {
    /// The opening test as first written, with `starts(with:)` and both counts made up front.
    func reference(_ head: ArraySlice<Unicode.Scalar>, labels: Bool) -> Bool {
        guard let first = head.first else { return true }
        let base = head.startIndex
        if LineShape.bullets.contains(first) { return true }
        if first == "（" || first == "(" {
            return head.dropFirst().prefix { LineShape.numerals.contains($0) }.count > 0
        }
        let number = head.prefix { LineShape.numerals.contains($0) }.count
        if first == "第" {
            let digits = head.dropFirst().prefix { LineShape.numerals.contains($0) }.count
            if digits > 0, head.count > digits + 1, LineShape.headingUnits.contains(head[base + digits + 1]) { return true }
        } else if number > 0, head.count > number, LineShape.numberEnds.contains(head[base + number]) {
            return true
        }
        if head.starts(with: "附件".unicodeScalars) { return true }
        return labels && LineShape.labelColon(head) != nil
    }

    func testAgreesWithThePlainVersion() {
        let alphabet = Array("第一二十3０条章、.）(（附件甲方：:，乙 #|-".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let scalars = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let padded = [Unicode.Scalar(" ")] + scalars
            let head = padded[1...]
            for labels in [true, false] {
                XCTAssertEqual(LineShape.opensBlock(head, labels: labels), reference(head, labels: labels), "\(String(String.UnicodeScalarView(head)))")
            }
            XCTAssertEqual(LineShape.bracketsBalance(head),
                           head.filter { $0 == "（" || $0 == "(" }.count == head.filter { $0 == "）" || $0 == ")" }.count)
        }
    }
}
