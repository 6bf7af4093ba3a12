import XCTest
@testable import QiyueReview

/// The writer gives, byte for byte, what rendering the same document as a `ReportJSON` tree
/// gives, indented at any depth and on one line: the report's bytes must not change because
/// it is no longer built as a tree first.
final class ReportJSONWriterTests: XCTestCase {
    /// Writes `value` through the writer, the way the reporter writes its parts.
    func write(_ value: ReportJSON, to writer: inout ReportJSONWriter) {
        switch value {
        case .null: writer.null()
        case let .bool(flag): XCTFail("the reporter writes no booleans: \(flag)")
        case let .int(number): writer.int(number)
        case let .double(number): writer.double(number)
        case let .string(text): writer.string(text)
        case let .array(items): writer.array(items) { write($1, to: &$0) }
        case let .object(members):
            writer.object { object in
                for (key, member) in members { object.member(key) { write(member, to: &$0) } }
            }
        }
    }

    func randomValue(depth: Int, using generator: inout SystemRandomNumberGenerator) -> ReportJSON {
        let texts = ["", "rule", "end Line", "\u{7F}~", "甲方", "a\"b\\c", "行\n末\t", "\u{2028}", "\u{1}", "《预算法》第三十五条：不得担保", "😀"]
        let doubles = [0, 1, -3, 0.8, 1e15, 12.5, 1e-7, 123_456_789]
        switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator) {
        case 0: return .null
        case 1: return .int(Int.random(in: -1000...100_000, using: &generator))
        case 2: return .double(doubles.randomElement(using: &generator)!)
        case 3: return .string(texts.randomElement(using: &generator)!)
        case 4: return .array((0..<Int.random(in: 0...3, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            return .object((0..<Int.random(in: 0...4, using: &generator)).map { index in
                (texts.randomElement(using: &generator)! + "\(index)", randomValue(depth: depth + 1, using: &generator))
            })
        }
    }

    func testMatchesTheTreeIndentedAndOnOneLine() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = randomValue(depth: 0, using: &generator)
            for level in [0, 1, 2, 40] {
                var indented = ReportJSONWriter(compact: false, indentLevel: level)
                write(value, to: &indented)
                XCTAssertEqual(String(decoding: indented.bytes, as: UTF8.self), value.rendered(indentLevel: level))
            }
            var line = ReportJSONWriter(compact: true)
            write(value, to: &line)
            XCTAssertEqual(String(decoding: line.bytes, as: UTF8.self) + "\n", value.renderedLine())
        }
    }

    func testEmptyContainersAndNesting() {
        var writer = ReportJSONWriter(compact: false)
        writer.object { object in
            object.member("findings") { $0.array([Int]()) { $0.int($1) } }
            object.member("frame") { $0.object { _ in } }
            object.member("basis") { $0.strings(["甲"]) }
        }
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "{\n  \"findings\": [],\n  \"frame\": {},\n  \"basis\": [\n    \"甲\"\n  ]\n}")
    }
}
