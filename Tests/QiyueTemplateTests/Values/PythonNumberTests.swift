import XCTest

/// Numbers print as Python prints them, and integer arithmetic never traps.
final class PythonNumberTests: XCTestCase {
    func testFloatRepr() throws {
        let cases: [(String, String)] = [
            ("1e16", "1e+16"), ("1e15", "1000000000000000.0"), ("0.0001", "0.0001"), ("0.00001", "1e-05"),
            ("1.5e300", "1.5e+300"), ("-2.5e-10", "-2.5e-10"), ("123.456", "123.456"), ("5e-324", "5e-324"),
            ("1.7976931348623157e308", "1.7976931348623157e+308"), ("0.1 + 0.7", "0.7999999999999999"),
        ]
        for (expression, expected) in cases {
            XCTAssertEqual(try render("{{ \(expression) }}"), expected, expression)
        }
    }

    func testIntegerOverflowIsAnError() {
        XCTAssertEqual(renderError("{{ 9223372036854775807 + 1 }}")?.diagnostic.message, "整数超出 64 位范围")
        XCTAssertEqual(renderError("{{ 2 ** 64 }}")?.diagnostic.message, "整数超出 64 位范围")
        XCTAssertEqual(renderError("{{ -9223372036854775807 - 1 - 1 }}")?.diagnostic.message, "整数超出 64 位范围")
    }

    func testHugeRepetitionIsRefused() {
        XCTAssertEqual(renderError("{{ 'x' * 100000000000 }}")?.diagnostic.message, "结果过大")
        XCTAssertEqual(renderError("{{ range(1000000000) | length }}")?.diagnostic.message, "range() 最多产生 100000 个数")
    }
}
