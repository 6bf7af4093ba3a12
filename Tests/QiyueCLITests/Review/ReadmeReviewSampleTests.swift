import Foundation
import QiyueTestSupport
import XCTest

/// The review output the README shows bureau staff is what `qiyue review` prints today.
///
/// The sample sits between `<!-- review-sample: PATH -->` and `<!-- /review-sample -->`:
/// a shell block with the command and a text block with its output. A rule change that
/// alters the report fails this test until the README is updated with the real output.
final class ReadmeReviewSampleTests: XCTestCase {
    func testReadmeSampleIsTheRealOutput() throws {
        let root = TestSupport.repositoryRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let samples = readme.components(separatedBy: "<!-- review-sample: ").dropFirst()
        XCTAssertFalse(samples.isEmpty, "README.md has no review sample")
        for sample in samples {
            let path = try XCTUnwrap(sample.components(separatedBy: " -->").first)
            let body = try XCTUnwrap(sample.components(separatedBy: "<!-- /review-sample -->").first)
            XCTAssertTrue(body.contains("```sh\nqiyue review \(path)\n```"), "the sample's command must be 'qiyue review \(path)'")
            let shown = try XCTUnwrap(body.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```\n").first, path)
            let result = try QiyueProcess.run(["review", path], currentDirectory: root)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(shown, result.stdout, "README.md's sample for \(path) differs from the real output")
        }
    }
}
