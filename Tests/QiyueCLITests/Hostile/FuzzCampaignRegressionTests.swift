import Foundation
import QiyueTestSupport
import XCTest

/// Inputs that `scripts/fuzz-campaign.py` found mishandled, each cut down to what still
/// showed the fault, run through the built `qiyue` as a user would meet them.
final class FuzzCampaignRegressionTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    private func run(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, currentDirectory: directory)
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// A megabyte pasted between `{%` and `%}` took seconds to refuse (the "did you mean"
    /// search compared it with every tag name) and printed the whole megabyte in the message.
    func testOverlongUnknownTagIsRefusedWithAShortMessage() throws {
        try write("t.md", "{% " + String(repeating: "x", count: 1 << 20) + " %}")
        let x = { (count: Int) in String(repeating: "x", count: count) }
        XCTAssertEqual(try run(["--lang", "en", "render", "t.md", "-o", "out.md"]), .init(status: 2, stdout: "", stderr: """
            t.md:1:4: error: unknown tag '\(x(907))…\(x(79))'
            {% \(x(157))…
               ^\(String(repeating: "~", count: 156))

            """))
        XCTAssertFalse(exists("out.md"))
    }
}
