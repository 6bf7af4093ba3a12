@testable import QiyueTemplate
import XCTest

/// Tokens and Jinja2's whitespace rules, checked on the token stream itself.
final class LexerTests: XCTestCase {
    func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer(source: SourceText(name: "t", text: source)).tokenize().map(\.kind)
    }

    func testTextAndOutput() throws {
        XCTAssertEqual(try kinds("a {{ x.y }} b"), [.text("a "), .variableBegin, .name("x"), .symbol("."), .name("y"), .variableEnd, .text(" b"), .end])
    }

    func testLiterals() throws {
        XCTAssertEqual(try kinds("{{ 'a\\n' 1_000 2.5e3 \"中\" }}"),
                       [.variableBegin, .string("a\n"), .integer(1000), .float(2500), .string("中"), .variableEnd, .end])
    }

    func testTrimAndLstripAroundBlockTags() throws {
        XCTAssertEqual(try kinds("x\n  {% if a %}\ny"), [.text("x\n"), .blockBegin, .name("if"), .name("a"), .blockEnd, .text("y"), .end])
    }

    func testPlusKeepsIndentationAndNewline() throws {
        XCTAssertEqual(try kinds("  {%+ if a +%}\ny"), [.text("  "), .blockBegin, .name("if"), .name("a"), .blockEnd, .text("\ny"), .end])
    }

    func testMinusStripsAllWhitespace() throws {
        XCTAssertEqual(try kinds("a \n {{- x -}} \n b"), [.text("a"), .variableBegin, .name("x"), .variableEnd, .text("b"), .end])
    }

    func testBracketsBalanceBeforeTheCloser() throws {
        XCTAssertEqual(try kinds("{{ {'a': 1}}}"),
                       [.variableBegin, .symbol("{"), .string("a"), .symbol(":"), .integer(1), .symbol("}"), .variableEnd, .end])
    }

    func testRawAndComments() throws {
        XCTAssertEqual(try kinds("{# c #}{% raw %}{{ x }}{% endraw %}"), [.text("{{ x }}"), .end])
    }

    func testUnclosedCommentIsPositionedAtItsStart() {
        XCTAssertThrowsError(try kinds("ab{# never")) { error in
            XCTAssertEqual((error as? RenderFailure)?.offset, 2)
        }
    }

    func testUnbalancedBracket() {
        XCTAssertThrowsError(try kinds("{{ (1 ] }}")) { error in
            XCTAssertEqual((error as? RenderFailure)?.message.en, "unexpected ']', expected ')'")
        }
    }
}
