import XCTest

/// `break` and `continue` stand only directly in a loop body; anywhere else they are syntax
/// errors at the tag, since no loop would catch them.
final class LoopControlErrorTests: XCTestCase {
    func testOutsideALoopIsAnErrorAtTheTag() {
        let error = renderError("第一行\n{% if true %}{% break %}{% endif %}", language: .en)
        XCTAssertEqual(error?.diagnostic.message, "'break' outside of a loop")
        XCTAssertEqual(error?.diagnostic.location?.line, 2)
        XCTAssertEqual(error?.diagnostic.location?.column, 17)
    }

    func testInsideAMacroOrSetBlockInALoopIsAnError() {
        XCTAssertEqual(renderError("{% for i in [1] %}{% macro m() %}{% continue %}{% endmacro %}{% endfor %}")?.diagnostic.message, "“continue”只能用在 for 循环体中")
        XCTAssertEqual(renderError("{% for i in [1] %}{% set s %}{% break %}{% endset %}{% endfor %}")?.diagnostic.message, "“break”只能用在 for 循环体中")
    }

    func testInsideAnIfInALoopWorks() throws {
        XCTAssertEqual(try render("{% for i in [1, 2, 3] %}{% if i == 2 %}{% continue %}{% endif %}{{ i }}{% endfor %}"), "13")
    }
}
