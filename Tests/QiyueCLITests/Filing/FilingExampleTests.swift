import Foundation
import XCTest
import QiyueTestSupport

/// The committed filing example is current: the register verifies, each example agreement is
/// byte for byte the registered one, and the scan of the example library gives the committed list.
final class FilingExampleTests: XCTestCase {
    let root = TestSupport.repositoryRoot
    let register = "Examples/register/备案登记簿.jsonl"
    let names = ["puer-coffee", "qujing-pv-modules", "mohan-cold-chain-logistics", "wenshan-green-aluminium", "ruili-electronics-three-party"]

    func testRegisterHoldsTheFiveExampleAgreements() throws {
        let verify = try QiyueProcess.run(["register", "verify", "--register", register], currentDirectory: root)
        XCTAssertEqual(verify.status, 0, verify.stderr)
        XCTAssertTrue(verify.stdout.hasPrefix("登记簿完好：5 条，哈希链连续"), verify.stdout)
        for name in names {
            let file = try QiyueProcess.run(["register", "verify", "--register", register, "--file", "Examples/output/\(name)/agreement.docx"], currentDirectory: root)
            XCTAssertEqual(file.status, 0, "\(name): rerun scripts/regenerate-filing-example.sh\n" + file.stderr)
        }
    }

    func testExportsAndScanAreCurrent() throws {
        for format in ["csv", "html", "json"] {
            let export = try QiyueProcess.run(["register", "export", "--register", register, "--format", format], currentDirectory: root)
            // Compared as bytes: reading the file as a String would drop the CSV's byte order mark.
            let committed = try Data(contentsOf: root.appendingPathComponent("Examples/register/备案清单.\(format)"))
            XCTAssertEqual(Data(export.stdout.utf8), committed, "\(format): rerun scripts/regenerate-filing-example.sh")
        }
        let scan = try QiyueProcess.run(["portfolio", "Examples/projects", "--register", register, "--as-of", "2026-12-01"], currentDirectory: root)
        XCTAssertEqual(scan.status, 1, "two example projects are flagged")
        let committed = try String(contentsOf: root.appendingPathComponent("Examples/portfolio/清理清单.txt"), encoding: .utf8)
        XCTAssertEqual(scan.stdout, committed, "rerun scripts/regenerate-filing-example.sh")
        XCTAssertTrue(scan.stdout.hasPrefix("项目库清理清单（截至 2026-12-01）：扫描 5 个文件，需处理 2 个，无法读取 0 个\n"))
    }
}
