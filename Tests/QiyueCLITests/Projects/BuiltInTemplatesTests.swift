import Foundation
import QiyueCore
import QiyueTestSupport
import XCTest

@testable import QiyueCLI
@testable import QiyueDrafting

/// The standard templates travel inside the binary: a copy of `qiyue` far from the
/// repository, run from an empty directory, drafts exactly what the repository's
/// `Templates/` drafts.
final class BuiltInTemplatesTests: ScratchDirectoryTestCase {
    var binary: URL!
    var empty: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = directory.appendingPathComponent("bin/qiyue")
        empty = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        do {
            try FileManager.default.linkItem(at: QiyueProcess.executable, to: binary)
        } catch {
            try FileManager.default.copyItem(at: QiyueProcess.executable, to: binary)
        }
    }

    func testEmbeddedTemplatesAreTheTemplatesFolder() throws {
        let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(EmbeddedResourceFolder.templates.paths, names)
        for name in names {
            XCTAssertEqual(try EmbeddedResourceFolder.templates.data(name), try Data(contentsOf: templates.appendingPathComponent(name)), name)
        }
    }

    func testAgreementAndDossierDraftFromTheBuiltInTemplates() throws {
        let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path
        for (command, extra) in [("agreement", [String]()), ("dossier", []), ("dossier", ["--edition", "zh-en"])] {
            let builtIn = empty.appendingPathComponent("built-in.md")
            let fromFolder = empty.appendingPathComponent("folder.md")
            let result = try runCopiedBinary([command, DraftingFixtures.puerCoffee.path] + extra + ["-o", builtIn.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            let reference = try runCopiedBinary([command, DraftingFixtures.puerCoffee.path] + extra + ["-o", fromFolder.path, "--templates", templates])
            XCTAssertEqual(reference.status, 0, reference.stderr)
            XCTAssertEqual(try Data(contentsOf: builtIn), try Data(contentsOf: fromFolder), "\(command) \(extra)")
            try FileManager.default.removeItem(at: builtIn)
            try FileManager.default.removeItem(at: fromFolder)
        }
    }

    func testReviewCheckAndRulesNeedNothingBesideTheBinary() throws {
        let draft = TestSupport.repositoryRoot.appendingPathComponent("Examples/drafts/wenshan-aluminium-draft.md")
        let review = try runCopiedBinary(["review", draft.path])
        XCTAssertEqual(review, try QiyueProcess.run(["review", draft.path]))
        XCTAssertEqual(review.status, 1)
        let check = try runCopiedBinary(["check", DraftingFixtures.puerCoffee.path])
        XCTAssertEqual(check, try QiyueProcess.run(["check", DraftingFixtures.puerCoffee.path]))
        let rules = try runCopiedBinary(["rules", "list"])
        XCTAssertEqual(rules.status, 0, rules.stderr)
        XCTAssertTrue(rules.stdout.contains("land."), rules.stdout)
    }

    /// Runs the copied binary from the empty directory with the toolchain off `PATH`.
    private func runCopiedBinary(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, currentDirectory: empty, environment: ["PATH": "/usr/bin:/bin"], binary: binary)
    }
}
