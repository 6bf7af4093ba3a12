import Foundation
import QiyueTestSupport

/// Runs `qiyue` from the repository root, so paths in messages are short and stable.
enum ProjectCLI {
    static func run(_ arguments: [String], stdin: String = "") throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, stdin: Data(stdin.utf8), currentDirectory: TestSupport.repositoryRoot)
    }

    /// The committed expected output `Tests/QiyueCLITests/Fixtures/projects/<name>`.
    static func expected(_ name: String) throws -> String {
        try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueCLITests/Fixtures/projects/\(name)"), encoding: .utf8)
    }
}
