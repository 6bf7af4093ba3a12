import Foundation
import QiyueTestSupport

/// The project files the drafting tests run on, and a way to draft from them with the
/// built `qiyue` binary.
enum DraftingFixtures {
    static let root = TestSupport.repositoryRoot

    /// Every example project shipped in `Examples/projects/`, sorted by name.
    static var examples: [URL] {
        let directory = root.appendingPathComponent("Examples/projects")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The canonical example, whose figures the tests know.
    static var puerCoffee: URL { root.appendingPathComponent("Examples/projects/puer-coffee.json") }

    /// A test project: `three-party-lease` (丙方, 先租后让, 标准地, litigation) or
    /// `banned-land-rebate` (a free-text field promising a land-fee rebate).
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/QiyueCLITests/Fixtures/Drafting/\(name).json")
    }

    /// The examples plus the three-party fixture: every project that must draft cleanly.
    static var cleanProjects: [URL] { examples + [fixture("three-party-lease")] }

    static func name(of project: URL) -> String { project.deletingPathExtension().lastPathComponent }

    /// Runs `qiyue ARGUMENTS… -o DIRECTORY/FILE` and returns the result and the file's text.
    static func draft(_ arguments: [String], to file: String, in directory: URL) throws -> (result: QiyueProcess.Result, text: String?) {
        let output = directory.appendingPathComponent(file)
        let result = try QiyueProcess.run(arguments + ["-o", output.path])
        let text = try? String(contentsOf: output, encoding: .utf8)
        return (result, text)
    }
}
