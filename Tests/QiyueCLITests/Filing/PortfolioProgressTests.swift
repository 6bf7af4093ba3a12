import Foundation
import XCTest
@testable import QiyueCLI
import QiyueCore
import QiyueTestSupport

/// Progress goes to standard error only when the context says a person is watching.
final class PortfolioProgressTests: XCTestCase {
    final class Capture: @unchecked Sendable {
        let lock = NSLock()
        var err = ""
        func append(_ text: String) { lock.lock(); err += text; lock.unlock() }
    }

    func scan(showingProgress: Bool) throws -> String {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = try Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/ruili-electronics-three-party.json"))
        for index in 0..<60 { try example.write(to: directory.appendingPathComponent("p\(index).json")) }
        let capture = Capture()
        let context = CommandContext(writeOut: { _ in }, writeErr: { capture.append($0) })
        context.errorIsTerminal = showingProgress
        XCTAssertEqual(CommandLineTool().run(["portfolio", directory.path, "--as-of", "2026-12-01"], context: context), 0)
        return capture.err
    }

    func testProgressOnATerminalOnly() throws {
        XCTAssertEqual(try scan(showingProgress: false), "")
        let progress = try scan(showingProgress: true)
        XCTAssertTrue(progress.hasSuffix("\r已扫描 60/60\n"), progress.debugDescription)
        XCTAssertTrue(progress.contains("\r已扫描 50/60"), progress.debugDescription)
    }
}
