import Foundation
import QiyueCore
import QiyueTestSupport
@testable import QiyueProjects

/// Paths of the test fixtures and example projects, and a compact rendering of findings
/// (`line:column: severity: /pointer: message`) that tests compare with exact text.
enum Fixture {
    static func path(_ name: String) -> String {
        TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueProjectsTests/Fixtures/\(name)").path
    }

    static func load(_ name: String) throws -> ProjectFile {
        try ProjectFile.load(path(name))
    }

    static func example(_ name: String) throws -> ProjectFile {
        try ProjectFile.load(examplePath(name))
    }

    static func examplePath(_ name: String) -> String {
        TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/\(name)").path
    }

    /// Every example project file in `Examples/projects`.
    static func exampleNames() throws -> [String] {
        let directory = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    static func lines(_ findings: [ProjectFinding], in file: ProjectFile, language: Language = .en) -> [String] {
        findings.map { finding in
            let location = finding.byteOffset.map { file.location(ofByte: $0) }
            let place = location.map { "\($0.line):\($0.column): " } ?? ""
            return place + finding.severity.rawValue + ": " + finding.text(in: language)
        }
    }

    /// A project file parsed from text, for small inline cases.
    static func project(_ text: String) throws -> ProjectFile {
        try ProjectFile(path: "inline.json", bytes: Array(text.utf8))
    }
}
