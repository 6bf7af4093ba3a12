import Foundation
import QiyueTestSupport
import XCTest

/// The outputs committed in `Examples/output/` are what the templates produce today, byte for
/// byte. When this fails, run `scripts/regenerate-examples.sh` and commit the result.
final class DraftingExamplesTests: ScratchDirectoryTestCase {
    func testCommittedOutputsAreUpToDate() throws {
        let outputs: [(arguments: [String], file: String)] = [
            (["agreement"], "agreement.md"), (["agreement"], "agreement.docx"), (["agreement"], "agreement.html"),
            (["dossier"], "dossier.md"), (["dossier"], "dossier.docx"),
            (["dossier", "--edition", "zh-en"], "brochure.html"), (["dossier", "--edition", "zh-en"], "brochure.docx"),
        ]
        XCTAssertFalse(DraftingFixtures.examples.isEmpty)
        for project in DraftingFixtures.examples {
            let name = DraftingFixtures.name(of: project)
            let committed = DraftingFixtures.root.appendingPathComponent("Examples/output/\(name)")
            for output in outputs {
                let fresh = directory.appendingPathComponent("\(name)-\(output.file)")
                let result = try QiyueProcess.run([output.arguments[0], project.path] + output.arguments.dropFirst() + ["-o", fresh.path])
                XCTAssertEqual(result.status, 0, result.stderr)
                let expected = try? Data(contentsOf: committed.appendingPathComponent(output.file))
                XCTAssertNotNil(expected, "Examples/output/\(name)/\(output.file) is missing; run scripts/regenerate-examples.sh")
                XCTAssertEqual(try Data(contentsOf: fresh), expected, "Examples/output/\(name)/\(output.file) is stale; run scripts/regenerate-examples.sh")
            }
        }
    }

    func testEveryOutputDirectoryBelongsToAnExampleProject() throws {
        let output = DraftingFixtures.root.appendingPathComponent("Examples/output")
        let directories = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(directories, DraftingFixtures.examples.map(DraftingFixtures.name(of:)))
    }
}
