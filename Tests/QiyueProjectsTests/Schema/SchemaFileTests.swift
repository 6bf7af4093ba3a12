import XCTest
import Foundation
import QiyueTestSupport
@testable import QiyueProjects

/// The schema editors read and the schema the validator interprets are one file.
final class SchemaFileTests: XCTestCase {
    private let root = TestSupport.repositoryRoot

    func testBundledSchemaAndGlossaryAreCopiesOfTheTemplates() throws {
        for name in ["project.schema.json", "glossary.json"] {
            let template = try Data(contentsOf: root.appendingPathComponent("Templates/\(name)"))
            let bundled = try Data(contentsOf: root.appendingPathComponent("Sources/QiyueProjects/Resources/\(name)"))
            XCTAssertEqual(template, bundled, "Sources/QiyueProjects/Resources/\(name) must be a copy of Templates/\(name)")
        }
    }

    func testSchemaUsesOnlyKeywordsTheValidatorEnforces() {
        XCTAssertEqual(JSONSchema.project.unsupportedKeywords(), [])
        let schema = try? JSONSchema(text: #"{"type": "object", "properties": {"a": {"oneOf": [], "minimum": 1}}}"#)
        XCTAssertEqual(schema?.unsupportedKeywords(), ["/properties/a/oneOf"])
    }

    func testSchemaDeclaresDraft2020_12() {
        XCTAssertEqual(JSONSchema.project.root.string(at: "/$schema"), "https://json-schema.org/draft/2020-12/schema")
    }

    /// Python's jsonschema, an independent implementation, agrees on the examples and on
    /// the broken fixture (skipped when the module is not installed).
    func testIndependentValidatorAgrees() throws {
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("skip"); sys.exit(0)
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            print(path.rsplit("/", 1)[-1], len(list(validator.iter_errors(json.load(open(path))))))
        """
        let examples = try Fixture.exampleNames().map(Fixture.examplePath)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, root.appendingPathComponent("Templates/project.schema.json").path]
            + examples + [Fixture.path("broken-schema.json")]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.hasPrefix("skip") || process.terminationStatus != 0 { throw XCTSkip("jsonschema is not installed") }
        let counts = output.split(separator: "\n").map { $0.split(separator: " ") }
        for count in counts.dropLast() { XCTAssertEqual(count.last, "0", "\(count.first ?? "")") }
        // jsonschema reports one error per violated keyword and knows no duplicates or dates:
        // it must still find the file invalid.
        XCTAssertNotEqual(counts.last?.last, "0")
    }
}
