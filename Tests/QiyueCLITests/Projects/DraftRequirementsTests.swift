import Foundation
import QiyueTestSupport
import XCTest

/// An early project package (valid, but without land, schedule or agreement particulars)
/// is not drafted: every missing part is listed at once, by pointer, in the project file.
final class DraftRequirementsTests: XCTestCase {
    func testMissingFieldsAreListedTogether() throws {
        let project = DraftingFixtures.fixture("early-package").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-early-\(UUID().uuidString).md").path
        // `--lang en` before the command: English messages, Chinese dossier.
        let result = try QiyueProcess.run(["--lang", "en", "dossier", project, "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        let headlines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(headlines.count, 16, result.stderr)
        XCTAssertEqual(headlines.first, "\(project):5:15: error: /location/park: missing; required for the promotion dossier")
        XCTAssertTrue(headlines.contains("\(project):1:1: error: /land: missing (/land/area_mu, /land/area_m2, /land/use, /land/supply_method); required for the promotion dossier"))
        XCTAssertTrue(headlines.contains("\(project):6:17: error: /investment/fixed_asset_yuan: missing; required for the promotion dossier"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTheAgreementNeedsItsParticulars() throws {
        let project = DraftingFixtures.fixture("early-package").path
        let result = try QiyueProcess.run(["agreement", project, "-o", "never-written.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("\(project):7:67: 错误: /agreement/investor/credit_code: 缺少此项，无法生成投资协议\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(project):7:16: 错误: /agreement/dispute_resolution: 缺少此项（需要 /agreement/dispute_resolution/method），无法生成投资协议\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "never-written.md"))
    }
}
