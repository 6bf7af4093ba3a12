import XCTest
@testable import QiyueTemplate

/// printf-style formatting behind the `format` filter, including fields wider than the
/// first 128-byte buffer (the retry path).
final class CFormatTests: XCTestCase {
    func testNarrowFields() {
        XCTAssertEqual(CFormat.formatWide("%.2f", 3.14159), "3.14")
        XCTAssertEqual(CFormat.formatWide("%05d", 42), "00042")
    }

    func testWideFieldsTakeTheLargeBuffer() {
        XCTAssertEqual(CFormat.formatWide("%300.2f", 3.14159), String(repeating: " ", count: 296) + "3.14")
        XCTAssertEqual(CFormat.formatWide("%-200d", 7), "7" + String(repeating: " ", count: 199))
    }
}
