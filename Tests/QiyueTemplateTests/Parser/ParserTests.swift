@testable import QiyueTemplate
import XCTest

/// The shape of parsed expressions: Jinja2's precedence and where filters bind.
final class ParserTests: XCTestCase {
    func expression(_ source: String) throws -> QiyueTemplate.Expression {
        let text = SourceText(name: "t", text: "{{ \(source) }}")
        var parser = Parser(source: text, tokens: try Lexer(source: text).tokenize())
        let nodes = try parser.parseTemplate()
        guard case let .output(expression, _)? = nodes.first else { throw XCTSkip("no output node") }
        return expression
    }

    func testMultiplicationBindsTighterThanAddition() throws {
        guard case .binary(.add, .literal(.int(1)), .binary(.multiply, _, _, _), _) = try expression("1 + 2 * 3") else {
            return XCTFail("wrong shape")
        }
    }

    func testConcatBindsTighterThanAddition() throws {
        guard case .binary(.add, _, .concat(let parts, _), _) = try expression("1 + 2 ~ 3"), parts.count == 2 else {
            return XCTFail("wrong shape")
        }
    }

    func testFilterAppliesAfterUnaryMinus() throws {
        guard case let .filter(.negate(.literal(.int(1)), _), call) = try expression("-1 | abs"), call.name == "abs" else {
            return XCTFail("wrong shape")
        }
    }

    func testPowerIsLeftAssociative() throws {
        guard case .binary(.power, .binary(.power, _, _, _), .literal(.int(2)), _) = try expression("2 ** 3 ** 2") else {
            return XCTFail("wrong shape")
        }
    }

    func testLiteralFilterArgumentsArePrecomputed() throws {
        guard case let .filter(_, call) = try expression("x | truncate(10, end='…')") else { return XCTFail("wrong shape") }
        XCTAssertEqual(call.constantArguments?.positional.count, 1)
        XCTAssertEqual(call.constantArguments?.keyword.first?.name, "end")
        guard case let .filter(_, computed) = try expression("x | truncate(n)") else { return XCTFail("wrong shape") }
        XCTAssertNil(computed.constantArguments)
    }

    func testNestingIsBounded() {
        XCTAssertThrowsError(try expression(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150))) { error in
            XCTAssertEqual((error as? RenderFailure)?.message.en, "expression nested too deeply")
        }
    }

    func testTestWithBareArgument() throws {
        guard case let .test(_, call) = try expression("x is divisibleby 3"), call.arguments.positional.count == 1 else {
            return XCTFail("wrong shape")
        }
    }
}
