import Foundation
import QiyueCore
import QiyueTemplate
import XCTest

/// The public API: compile once, render many times, from many threads, in either language.
final class TemplateEnvironmentTests: XCTestCase {
    func testCompileOnceRenderMany() throws {
        let template = try TemplateEnvironment(root: nil).template(source: "{{ n }}号", name: "t.md")
        XCTAssertEqual(try (1...3).map { try template.render(["n": .int($0)]) }, ["1号", "2号", "3号"])
        XCTAssertEqual(template.name, "t.md")
    }

    func testRenderUTF8MatchesRender() throws {
        let template = try TemplateEnvironment(root: nil).template(source: "{{ s }}：{{ 1.5 }}", name: "t.md")
        let data: TemplateValue = ["s": "中文"]
        XCTAssertEqual(try template.renderUTF8(data), Array(try template.render(data).utf8))
    }

    func testConcurrentRendersShareOneTemplate() throws {
        let root = try TestSupportDirectory.make(["main.md": "{% include 'part.md' %}{{ n * 2 }}", "part.md": "[{{ n }}]"])
        defer { root.remove() }
        let template = try TemplateEnvironment(root: root.url).template(named: "main.md")
        let results = ConcurrentResults(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            results.set(index, (try? template.render(["n": .int(index)])) ?? "failed")
        }
        XCTAssertEqual(results.values, (0..<200).map { "[\($0)]\($0 * 2)" })
    }

    func testMessagesInEnglish() {
        let environment = TemplateEnvironment(root: nil, options: TemplateOptions(language: .en))
        XCTAssertThrowsError(try environment.template(source: "{{ x }}", name: "t.md").render([:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "undefined variable 'x'")
        }
    }

    func testMissingTopLevelTemplate() throws {
        let root = try TestSupportDirectory.make([:])
        defer { root.remove() }
        XCTAssertThrowsError(try TemplateEnvironment(root: root.url).template(named: "nope.md")) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "找不到模板“nope.md”")
            XCTAssertNil((error as? TemplateError)?.diagnostic.location)
        }
    }

    func testTrailingNewlineOption() throws {
        let keep = TemplateEnvironment(root: nil)
        let drop = TemplateEnvironment(root: nil, options: TemplateOptions(keepTrailingNewline: false))
        XCTAssertEqual(try keep.template(source: "a\n", name: "t").render([:]), "a\n")
        XCTAssertEqual(try drop.template(source: "a\n", name: "t").render([:]), "a")
    }

    func testAutoescapeByName() throws {
        let environment = TemplateEnvironment(root: nil)
        let data: TemplateValue = ["x": "<&>"]
        XCTAssertEqual(try environment.template(source: "{{ x }}", name: "a.html").render(data), "&lt;&amp;&gt;")
        XCTAssertEqual(try environment.template(source: "{{ x }}", name: "a.html.jinja").render(data), "&lt;&amp;&gt;")
        XCTAssertEqual(try environment.template(source: "{{ x }}", name: "a.md").render(data), "\\<\\&\\>")
        XCTAssertEqual(try environment.template(source: "{{ x }}", name: "a.xml").render(data), "&lt;&amp;&gt;")
        XCTAssertEqual(try environment.template(source: "{{ x }}", name: "a.txt").render(data), "<&>")
        let jinja = TemplateEnvironment(root: nil, options: .jinjaReference)
        XCTAssertEqual(try jinja.template(source: "{{ x }}", name: "a.md").render(data), "<&>")
        XCTAssertEqual(try jinja.template(source: "{{ x }}", name: "a.html").render(data), "&lt;&amp;&gt;")
    }
}

/// Slots filled by parallel workers in a test.
final class ConcurrentResults: @unchecked Sendable {
    private var storage: [String]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }

    var values: [String] { lock.withLock { storage } }
}
