import Foundation
import QiyueCore
import QiyueTemplate
import XCTest

/// Templates reach nothing outside their root, and no template can run away with time or memory.
final class SandboxTests: XCTestCase {
    func render(_ files: [String: String], main: String = "main.md", options: TemplateOptions = TemplateOptions(), data: TemplateValue = [:]) throws -> String {
        let root = try TestSupportDirectory.make(files)
        defer { root.remove() }
        return try TemplateEnvironment(root: root.url, options: options).template(named: main).render(data)
    }

    func message(_ files: [String: String], options: TemplateOptions = TemplateOptions(language: .en)) -> String? {
        do {
            let output = try render(files, options: options)
            XCTFail("rendered \(output.debugDescription)")
            return nil
        } catch let error as TemplateError {
            return error.diagnostic.message
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testIncludeInsideRootWorksWithSubdirectories() throws {
        XCTAssertEqual(try render(["main.md": "{% include 'parts/a.md' %}", "parts/a.md": "A{% include 'parts/../b.md' %}", "b.md": "B"]), "AB")
    }

    func testAbsolutePathIsRefused() {
        XCTAssertEqual(message(["main.md": "{% include '/etc/passwd' %}"]), "template '/etc/passwd' is outside the template root")
    }

    func testClimbingOutIsRefused() {
        XCTAssertEqual(message(["main.md": "{% include '../secret.md' %}"]), "template '../secret.md' is outside the template root")
        XCTAssertEqual(message(["main.md": "{% extends 'a/../../x.md' %}"]), "template 'a/../../x.md' is outside the template root")
    }

    func testSymlinkLeadingOutsideIsRefused() throws {
        let outside = try TestSupportDirectory.make(["secret.md": "SECRET"])
        defer { outside.remove() }
        let root = try TestSupportDirectory.make(["main.md": "{% include 'link.md' %}"])
        defer { root.remove() }
        try FileManager.default.createSymbolicLink(at: root.url.appendingPathComponent("link.md"), withDestinationURL: outside.url.appendingPathComponent("secret.md"))
        XCTAssertThrowsError(try TemplateEnvironment(root: root.url, options: TemplateOptions(language: .en)).template(named: "main.md").render([:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "template 'link.md' is outside the template root")
        }
    }

    func testMissingTemplateIsPositionedAtInclude() {
        let root = try? TestSupportDirectory.make(["main.md": "x\n  {% include 'nope.md' %}"])
        defer { root?.remove() }
        XCTAssertThrowsError(try TemplateEnvironment(root: root!.url).template(named: "main.md").render([:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostic.location, SourceLocation(file: "main.md", line: 2, column: 3))
            XCTAssertEqual((error as? TemplateError)?.diagnostic.message, "找不到模板“nope.md”")
        }
    }

    func testNoLoaderMeansNoInclude() {
        XCTAssertEqual(renderError("{% include 'x.md' %}", language: .en)?.diagnostic.message, "template 'x.md' not found (no template root)")
    }

    func testIncludeCycleIsAnError() {
        XCTAssertEqual(message(["main.md": "{% include 'a.md' %}", "a.md": "{% include 'b.md' %}", "b.md": "{% include 'a.md' %}"]),
                       "include cycle: main.md → a.md → b.md → a.md")
    }

    func testExtendsCycleIsAnError() {
        XCTAssertEqual(message(["main.md": "{% extends 'a.md' %}", "a.md": "{% extends 'main.md' %}"]), "extends cycle: main.md → a.md → main.md")
    }

    func testRecursionDeeperThanLimitIsAnError() {
        XCTAssertEqual(message(["main.md": "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}"]), "recursion deeper than 64 levels")
        XCTAssertEqual(try render(["main.md": "{% macro r(n) %}{% if n < 60 %}{{ r(n + 1) }}{% else %}{{ n }}{% endif %}{% endmacro %}{{ r(0) }}"]), "60")
    }

    func testOutputCap() {
        let options = TemplateOptions(language: .en, outputLimit: 1000)
        XCTAssertEqual(message(["main.md": "{% for i in range(100) %}0123456789abcdef{% endfor %}"], options: options),
                       "output exceeds the limit of 1000 bytes")
    }

    func testLoopIterationCap() {
        let options = TemplateOptions(language: .en, maximumLoopIterations: 1000)
        XCTAssertEqual(message(["main.md": "{% for i in range(100) %}{% for j in range(100) %}{% endfor %}{% endfor %}"], options: options),
                       "more than 1000 loop iterations")
    }

    func testTemplatesCannotReachEnvironmentOrFiles() {
        // Python escape hatches of Jinja2 do not exist here: attributes of values are data keys or the few listed methods.
        XCTAssertEqual(try render(["main.md": "{{ ''.__class__ is defined }} {{ range.__globals__ is defined }} {{ self is defined }}"]), "False False False")
    }
}
