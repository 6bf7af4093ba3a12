import Foundation
import QiyueCore
import QiyueTemplate
import XCTest

/// One work budget bounds every way a template spends time, and no operation builds a
/// value past the value limit, however it grows.
final class WorkBudgetTests: XCTestCase {
    /// The error of rendering `files`, with its position; fails the test if it renders.
    func failure(_ files: [String: String], main: String = "main.md", options: TemplateOptions = TemplateOptions(language: .en),
                 file: StaticString = #filePath, line: UInt = #line) -> (message: String, location: String)? {
        do {
            let root = try TestSupportDirectory.make(files)
            defer { root.remove() }
            let output = try TemplateEnvironment(root: root.url, options: options).template(named: main).render([:])
            XCTFail("rendered \(output.utf8.count) bytes", file: file, line: line)
        } catch let error as TemplateError {
            let location = error.diagnostic.location.map { "\($0.file):\($0.line):\($0.column)" } ?? "-"
            return (error.diagnostic.message, location)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return nil
    }

    let budget = "the template does more work than its budget of 1000000 units (calls, includes, loop steps, data built)"

    func testExponentialMacroStopsAtTheBudget() {
        let start = Date()
        let result = failure(["main.md": "{% macro m(n) %}{% if n > 0 %}{{ m(n-1) }}{{ m(n-1) }}{% endif %}{% endmacro %}{{ m(40) }}"])
        XCTAssertEqual(result?.message, budget)
        XCTAssertEqual(result?.location, "main.md:1:37")
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }

    func testChainOfDoubleIncludesStopsAtTheBudget() {
        var files: [String: String] = [:]
        for index in 0..<40 { files["t\(index).md"] = index < 39 ? "{% include 't\(index + 1).md' %}{% include 't\(index + 1).md' %}" : "x" }
        let options = TemplateOptions(language: .en, workBudget: 50_000)
        let result = failure(files, main: "t0.md", options: options)
        XCTAssertEqual(result?.message, "the template does more work than its budget of 50000 units (calls, includes, loop steps, data built)")
        XCTAssertEqual(result?.location.hasPrefix("t"), true)
    }

    /// Building 60 MB a hundred times is 6 GB of work: it stops after a few steps.
    func testBuildingLargeValuesInALoopSpendsTheBudget() {
        let result = failure(["main.md": "{% for i in range(100) %}{% set x = ('x'*60000000)|length %}{% endfor %}"])
        XCTAssertEqual(result?.message, budget)
        XCTAssertEqual(result?.location, "main.md:1:41")
    }

    func testEveryGrowingOperationHoldsTheValueLimit() {
        let options = TemplateOptions(language: .en, outputLimit: 1 << 20)
        let expressions = ["ns.s + ns.s", "ns.s ~ ns.s", "[ns.s, ns.s]|join", "[ns.s, ns.s]|tojson", "[ns.s, ns.s]|string",
                           "[ns.s, ns.s]|sum(start='')", "([ns.s] * 1000)|join", "([ns.s] * 1000)|tojson(indent=2)", "'%s%s' % (ns.s, ns.s)",
                           "'{}{}'.format(ns.s, ns.s)", "ns.s|replace('x', 'xx')", "(ns.s * 20)|list"]
        for expression in expressions {
            let template = "{% set ns = namespace(s='x' * 1000) %}{% for i in range(40) %}{% set ns.s = \(expression) %}{% endfor %}"
            let result = failure(["main.md": template], options: options)
            XCTAssertEqual(result?.message, "result too large", expression)
        }
    }

    func testOrdinaryTemplatesStayFarBelowTheBudget() throws {
        let root = try TestSupportDirectory.make(["main.md": "{% for i in range(1000) %}{{ i|string ~ '、' }}{% endfor %}"])
        defer { root.remove() }
        let output = try TemplateEnvironment(root: root.url, options: TemplateOptions(workBudget: 5_000)).template(named: "main.md").render([:])
        XCTAssertTrue(output.hasSuffix("999、"))
    }
}
