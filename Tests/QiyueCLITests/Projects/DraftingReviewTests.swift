import Foundation
import QiyueTestSupport
import XCTest

/// Every agreement the templates draft passes `qiyue review` as drafted: no error (no
/// clause the government side may not sign) and no completeness warning (breach, disputes,
/// the investor's obligations and deadlines, exit and land recovery are all there).
final class DraftingReviewTests: ScratchDirectoryTestCase {
    func testEveryDraftedAgreementPassesReviewWithoutErrorsOrCompletenessWarnings() throws {
        for project in DraftingFixtures.cleanProjects {
            let name = DraftingFixtures.name(of: project)
            let (drafted, _) = try DraftingFixtures.draft(["agreement", project.path], to: "\(name).md", in: directory)
            XCTAssertEqual(drafted.status, 0, drafted.stderr)
            let file = directory.appendingPathComponent("\(name).md")
            let review = try QiyueProcess.run(["review", "--format", "json", "--fail-on", "warning", file.path])
            XCTAssertEqual(review.status, 0, "\(name): \(review.stdout)")
            let findings = try Self.findings(inJSON: review.stdout)
            XCTAssertEqual(findings.filter { $0["severity"] as? String == "error" }.count, 0, name)
            XCTAssertEqual(findings.filter { $0["category"] as? String == "completeness" }.count, 0, name)
            XCTAssertEqual(findings.filter { $0["severity"] as? String == "warning" }.count, 0, name)
        }
    }

    /// The lawful negative statements stay in the agreement only because the review engine
    /// reads them as lawful; this pins that the sentence is present and passes.
    func testExplicitNegativeCommitmentsArePresentAndAccepted() throws {
        let (drafted, text) = try DraftingFixtures.draft(["agreement", DraftingFixtures.puerCoffee.path], to: "puer.md", in: directory)
        XCTAssertEqual(drafted.status, 0)
        XCTAssertTrue(text?.contains("甲方不为乙方提供任何形式的担保，不对土地出让价格作出承诺，不以任何形式返还土地出让价款或者乙方缴纳的税款。") ?? false)
        XCTAssertTrue(drafted.stdout.hasSuffix("（审查：0 个错误，0 个警告）\n"), drafted.stdout)
    }

    /// The pass means something: the same agreement with its negative commitments turned
    /// into promises is rejected in all three banned categories.
    func testTheNegativeCommitmentsTurnedIntoPromisesAreRejected() throws {
        let (_, drafted) = try DraftingFixtures.draft(["agreement", DraftingFixtures.puerCoffee.path], to: "lawful.md", in: directory)
        let promised = try XCTUnwrap(drafted).replacingOccurrences(
            of: "甲方不为乙方提供任何形式的担保，不对土地出让价格作出承诺，不以任何形式返还土地出让价款或者乙方缴纳的税款。",
            with: "甲方为乙方提供担保，对土地出让价格作出承诺，以适当形式返还土地出让价款或者乙方缴纳的税款。")
        let file = directory.appendingPathComponent("promised.md")
        try promised.write(to: file, atomically: true, encoding: .utf8)
        let review = try QiyueProcess.run(["review", "--format", "json", file.path])
        XCTAssertEqual(review.status, 1)
        let errors = try Self.findings(inJSON: review.stdout).filter { $0["severity"] as? String == "error" }
        XCTAssertEqual(Set(errors.compactMap { $0["category"] as? String }), ["guarantee", "land", "tax"])
    }

    /// The completeness check does run on the drafted agreement: without its dispute article
    /// the same text gets a completeness warning.
    func testCompletenessIsCheckedOnTheDraftedAgreement() throws {
        let (_, drafted) = try DraftingFixtures.draft(["agreement", DraftingFixtures.puerCoffee.path], to: "full.md", in: directory)
        let text = try XCTUnwrap(drafted)
        let start = try XCTUnwrap(text.range(of: "## 第十四条　争议解决"))
        let end = try XCTUnwrap(text.range(of: "## 第十五条"))
        let withoutDisputes = (String(text[..<start.lowerBound]) + String(text[end.lowerBound...]))
            .replacingOccurrences(of: "争议", with: "事项").replacingOccurrences(of: "仲裁", with: "协调")
        let file = directory.appendingPathComponent("incomplete.md")
        try withoutDisputes.write(to: file, atomically: true, encoding: .utf8)
        let review = try QiyueProcess.run(["review", "--format", "json", file.path])
        let findings = try Self.findings(inJSON: review.stdout)
        XCTAssertEqual(findings.compactMap { $0["rule"] as? String }, ["completeness.dispute-resolution"])
    }

    func testCommittedExampleAgreementsPassTextReview() throws {
        for project in DraftingFixtures.examples {
            let path = "Examples/output/\(DraftingFixtures.name(of: project))/agreement.md"
            let review = try QiyueProcess.run(["review", path], currentDirectory: DraftingFixtures.root)
            XCTAssertEqual(review, .init(status: 0, stdout: "审查 1 个文件：错误 0，警告 0，提示 0；土地 0，税收 0，担保与隐性债务 0，协议完整性 0\n", stderr: ""), path)
        }
    }

    static func findings(inJSON json: String) throws -> [[String: Any]] {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try XCTUnwrap(object["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 1)
        return try XCTUnwrap(files.first?["findings"] as? [[String: Any]])
    }
}
