import Foundation
import QiyueTemplate
import QiyueTestSupport
import XCTest

/// Thousands of random and mutated templates: each must render or fail with a
/// `TemplateError`, quickly. A crash (trap, stack overflow) would end the test process.
/// `QIYUE_FUZZ_ITERATIONS` runs that many cases of each test instead (`FuzzBudget`).
final class FuzzTests: XCTestCase {
    static let fragments = [
        "{{", "}}", "{%", "%}", "{#", "#}", "{%-", "-%}", "{{-", "-}}", "{%+", "+%}", " ", "\n", "\t", "x", "items", "d",
        "'s'", "\"中文\"", "0", "1", "-1", "2.5", "1e308", "9223372036854775807", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        "|", "~", "+", "-", "*", "/", "//", "%", "**", "==", "!=", "<", ">=", "=", "and", "or", "not", "in", "is", "if",
        "else", "elif", "endif", "for", "endfor", "set", "endset", "macro", "endmacro", "call", "endcall", "filter",
        "endfilter", "block", "endblock", "extends", "include", "raw", "endraw", "with", "endwith", "loop", "caller",
        "super", "range", "namespace", "upper", "join", "cny_upper", "default", "length", "sort", "map", "batch",
        "format", "truncate", "indent", "round", "tojson", "defined", "odd", "divisibleby", "recursive", "ignore",
        "missing", "items()", ".index", "x.y", "-", "'%s'", "'%(a)s'", "*", "**2", "range(9)", "caller()",
    ]

    static let data: TemplateValue = [
        "x": 3, "y": 2.5, "s": "文本<b>", "items": [1, 2, 3, "a", nil], "d": ["k": "v", "n": ["m": 1]],
        "rows": [["name": "a", "v": 1], ["name": "b", "v": 2]],
    ]

    func check(_ source: String, seed: UInt64) {
        let started = Date()
        let options = TemplateOptions(outputLimit: 1 << 20, maximumLoopIterations: 100_000)
        let environment = TemplateEnvironment(root: nil, options: options)
        do {
            let output = try environment.template(source: source, name: "fuzz.md").render(Self.data)
            XCTAssertLessThanOrEqual(output.utf8.count, 1 << 20)
        } catch is TemplateError {
            // A diagnostic is a fine answer to a broken template.
        } catch {
            XCTFail("seed \(seed): \(source.debugDescription) threw \(error) instead of a TemplateError")
        }
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertLessThan(elapsed, 2, "seed \(seed): \(source.debugDescription) took \(elapsed) s")
    }

    func testRandomFragmentTemplates() {
        for seed in UInt64(1)...UInt64(FuzzBudget.iterations(default: 3_000)) {
            var random = SeededGenerator(seed: seed)
            let count = Int.random(in: 1...40, using: &random)
            let source = (0..<count).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
            check(source, seed: seed)
        }
    }

    func testStructuredRandomTemplates() {
        let statements = [
            "{% for i in items %}{{ i }}{% endfor %}", "{% if x > 1 %}a{% else %}b{% endif %}", "{{ d.n.m + x }}",
            "{% set z = x * 2 %}{{ z }}", "{{ rows | map(attribute='v') | sum }}", "{% macro m(a) %}[{{ a }}]{% endmacro %}{{ m(x) }}",
            "{{ s | e }}", "{{ items | select('number') | list }}", "{{ '%05.1f' | format(y) }}", "{{ x | cny_upper }}",
        ]
        for seed in UInt64(10_000)..<UInt64(10_000 + FuzzBudget.iterations(default: 1_001)) {
            var random = SeededGenerator(seed: seed)
            var source = ""
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                var piece = statements.randomElement(using: &random)!
                if Bool.random(using: &random), !piece.isEmpty {
                    var scalars = Array(piece.unicodeScalars)
                    let position = Int.random(in: 0..<scalars.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: scalars.remove(at: position)
                    case 1: scalars.insert(Self.fragments.randomElement(using: &random)!.unicodeScalars.first ?? "x", at: position)
                    default: scalars.swapAt(position, Int.random(in: 0..<scalars.count, using: &random))
                    }
                    piece = String(String.UnicodeScalarView(scalars))
                }
                source += piece
            }
            check(source, seed: seed)
        }
    }

    func testMutatedDifferentialTemplates() throws {
        let directory = DifferentialTests.directory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".cases") }
        let templates = try files.flatMap { name in
            DifferentialCase.parse(fileName: name, text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
                .compactMap { $0.files[$0.mainTemplate] }
        }
        var seed: UInt64 = 50_000
        for template in templates {
            for _ in 0..<10 {
                seed += 1
                var random = SeededGenerator(seed: seed)
                var bytes = Array(template.utf8)
                for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
                    let position = Int.random(in: 0..<bytes.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: bytes.remove(at: position)
                    case 1: bytes.insert(Array("{}%#-+|()'\"\\.".utf8).randomElement(using: &random)!, at: position)
                    case 2: bytes[position] = UInt8.random(in: 0...255, using: &random)
                    default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 8)], at: position)
                    }
                }
                check(String(decoding: bytes, as: UTF8.self), seed: seed)
            }
        }
    }

    func testMutatedJSONData() {
        let seedText = Array(#"{"a": [1, 2.5e3, -0.0, "x\"\u4e2d\ud83d\ude00", true, null], "b": {"c": {}}, "d": ""}"#.utf8)
        for seed in UInt64(90_000)..<UInt64(90_000 + FuzzBudget.iterations(default: 2_001)) {
            var random = SeededGenerator(seed: seed)
            var bytes = seedText
            for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(Array("{}[]\",:0-eE.\\u".utf8).randomElement(using: &random)!, at: position)
                default: bytes[position] = UInt8.random(in: 0...255, using: &random)
                }
            }
            do {
                _ = try TemplateValue(jsonData: Data(bytes))
            } catch let error as TemplateError {
                XCTAssertNotNil(error.diagnostic.location, "seed \(seed)")
            } catch {
                XCTFail("seed \(seed): \(error)")
            }
        }
    }

    func testHostileShapes() {
        let hostile = [
            String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
            "{{ " + String(repeating: "x|", count: 3000) + "x }}",
            "{{ " + String(repeating: "1+", count: 5000) + "1 }}",
            String(repeating: "{% if true %}", count: 5000),
            String(repeating: "{% for i in items %}", count: 300) + String(repeating: "{% endfor %}", count: 300),
            "{% set ns = namespace(v=[]) %}{% for i in range(50000) %}{% set ns.v = [ns.v] %}{% endfor %}{{ ns.v }}",
            "{{ " + String(repeating: "-", count: 10000) + "1 }}",
            "{{ " + String(repeating: "not ", count: 10000) + "1 }}",
            "{{ " + String(repeating: "[", count: 5000) + " }}",
            "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "{{ 'ab' * 9999999999 }}", "{{ [1] * 99999999999 }}", "{{ '%999999999d' | format(1) }}",
            "{{ 'x' | center(999999999999) }}", "{{ 'x' | indent(99999999) }}",
            "{{ range(-5, 5, -9223372036854775807 - 1) | list }}", "{{ range(0, 9223372036854775807, 9223372036854775807) | list }}",
            "{{ [1, 2][-9223372036854775807 - 1] is defined }}", "{{ [1, 2][::-9223372036854775807 - 1] }}",
            "{{ (-9223372036854775807 - 1) // -1 }}", "{{ (-9223372036854775807 - 1) % -1 }}", "{{ (-9223372036854775807 - 1) | abs }}",
            "{{ 1e308 * 10 }} {{ (1e308 * 10) | int }} {{ (0.0 / 1) | round(400) }}", "{{ 2 ** 9999999999999 }}",
            "{{ 99999999999999999999999 | cny_upper }} {{ 1e300 | wan }} {{ -1e-300 | cny_en }}",
        ]
        for (index, source) in hostile.enumerated() { check(source, seed: UInt64(index)) }
    }
}
