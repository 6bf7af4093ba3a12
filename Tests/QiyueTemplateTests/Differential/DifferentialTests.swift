import Foundation
import QiyueTemplate
import QiyueTestSupport
import XCTest

/// Renders every case of `Fixtures/Differential/*.cases` and compares the output byte for
/// byte with what Jinja2 3.1 produced (`expected.json`, written by `scripts/jinja-oracle.py`).
/// Where Jinja2 raised an error, the engine must fail with a `TemplateError` too.
final class DifferentialTests: XCTestCase {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Differential")

    func loadCases() throws -> [DifferentialCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".cases") }.sorted()
        return try files.flatMap { name in
            DifferentialCase.parse(fileName: name, text: try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    func loadExpected(_ data: Data) throws -> [String: [String: String]] {
        try JSONDecoder().decode([String: [String: String]].self, from: data)
    }

    func testEngineMatchesJinja2() throws {
        let cases = try loadCases()
        let expected = try loadExpected(try Data(contentsOf: Self.directory.appendingPathComponent("expected.json")))
        XCTAssertGreaterThanOrEqual(cases.count, 150)
        XCTAssertEqual(Set(cases.map(\.key)), Set(expected.keys), "expected.json is out of date: run scripts/jinja-oracle.py")
        var matched = 0
        for testCase in cases {
            guard let want = expected[testCase.key] else { continue }
            let root = try TestSupport.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            for (name, text) in testCase.files {
                try Data(text.utf8).write(to: root.appendingPathComponent(name))
            }
            let environment = TemplateEnvironment(root: root, options: .jinjaReference)
            let result: Result<String, Error> = Result {
                try environment.template(named: testCase.mainTemplate).render(try TemplateValue(json: testCase.data))
            }
            switch (result, want["output"]) {
            case let (.success(output), expectedOutput?):
                if output == expectedOutput { matched += 1 } else {
                    XCTFail("\(testCase.key): output differs\n--- ours\n\(output.debugDescription)\n--- jinja2\n\(expectedOutput.debugDescription)")
                }
            case let (.failure(error), expectedOutput?):
                XCTFail("\(testCase.key): failed with \(error) but Jinja2 printed \(expectedOutput.debugDescription)")
            case let (.success(output), nil):
                XCTFail("\(testCase.key): Jinja2 raised \(want["error"] ?? "?") but we printed \(output.debugDescription)")
            case let (.failure(error), nil):
                if error is TemplateError { matched += 1 } else { XCTFail("\(testCase.key): \(error) is not a TemplateError") }
            }
        }
        XCTAssertEqual(matched, cases.count)
    }

    /// When Python with Jinja2 is installed, re-runs the oracle: the committed expectations must be current.
    func testCommittedExpectationsAreCurrent() throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import jinja2"]
        python.standardError = FileHandle.nullDevice
        do { try python.run() } catch { throw XCTSkip("python3 not available") }
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw XCTSkip("jinja2 not installed") }

        let oracle = Process()
        oracle.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        oracle.arguments = ["python3", TestSupport.repositoryRoot.appendingPathComponent("scripts/jinja-oracle.py").path, Self.directory.path, "--print"]
        let pipe = Pipe()
        oracle.standardOutput = pipe
        try oracle.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        oracle.waitUntilExit()
        XCTAssertEqual(oracle.terminationStatus, 0)
        let fresh = try loadExpected(output)
        let committed = try loadExpected(try Data(contentsOf: Self.directory.appendingPathComponent("expected.json")))
        XCTAssertEqual(fresh, committed, "expected.json differs from what Jinja2 produces now: rerun scripts/jinja-oracle.py")
    }
}
