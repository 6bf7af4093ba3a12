import Foundation
import XCTest
@testable import QiyueFiling

/// An append interrupted after any number of bytes leaves a register that the next append
/// repairs: the partial line is removed, reported, and the chain continues from entry 3.
final class RegisterRecoveryTests: XCTestCase {
    func testEveryTornPrefixIsRecoveredByTheNextAppend() throws {
        let fixture = try RegisterFixture(entries: 3)
        defer { fixture.remove() }
        let intact = try fixture.bytes
        try fixture.add(4)
        let fourth = Array(try fixture.bytes[intact.count...])
        XCTAssertEqual(fourth.last, UInt8(ascii: "\n"))
        for cut in stride(from: 1, to: fourth.count, by: 13) {
            try fixture.write(intact + fourth[0..<cut])
            let read = try RegisterStore.read(fixture.path)
            XCTAssertEqual(read.entries.count, 3, "cut \(cut)")
            XCTAssertEqual(read.tornTail?.byteCount, cut)
            XCTAssertEqual(read.tornTail?.line, 4)
            let appended = try fixture.add(5)
            XCTAssertEqual(appended.recovered?.byteCount, cut, "cut \(cut)")
            XCTAssertEqual(appended.entry.sequence, 4)
            let result = try fixture.verify()
            XCTAssertNil(result.problem, "cut \(cut)")
            XCTAssertEqual(result.entryCount, 4)
        }
    }

    func testAppendRefusesABrokenRegister() throws {
        let fixture = try RegisterFixture(entries: 3)
        defer { fixture.remove() }
        var lines = try fixture.lines
        lines.remove(at: 1)
        try fixture.write(lines: lines)
        let before = try fixture.bytes
        XCTAssertThrowsError(try fixture.add(9)) { error in
            guard case let RegisterError.broken(_, problem) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.entry, 2)
        }
        XCTAssertEqual(try fixture.bytes, before, "nothing is appended to a broken chain")
    }

    func testReviewErrorsNeedAReason() {
        let fixture = try? RegisterFixture(entries: 0)
        defer { fixture?.remove() }
        guard let fixture else { return XCTFail("no fixture") }
        var request = fixture.request(1, errors: 2)
        XCTAssertNotNil(request.refusal())
        request.acceptedReason = "  "
        XCTAssertNotNil(request.refusal())
        request.acceptedReason = "经集体决策，条款已另行改正"
        XCTAssertNil(request.refusal())
        XCTAssertEqual(request.entry(number: "2026-0001", registerPath: fixture.path).review.acceptedReason, "经集体决策，条款已另行改正")
        request.collectiveDecision = "2026-13-01"
        XCTAssertNotNil(request.refusal())
    }

    func testRelativePaths() {
        XCTAssertEqual(RegisterPath.relative("/a/b/c.docx", toRegister: "/a/reg.jsonl"), "b/c.docx")
        XCTAssertEqual(RegisterPath.relative("/a/x/c.docx", toRegister: "/a/r/reg.jsonl"), "../x/c.docx")
        XCTAssertEqual(RegisterPath.resolve("../x/c.docx", register: "/a/r/reg.jsonl"), "/a/x/c.docx")
    }
}

/// Hostile register lines are reported as bad entries, never a crash.
final class RegisterHostileInputTests: XCTestCase {
    func testHugeNumbersAndBinaryAreReportedNotTrapped() throws {
        let fixture = try RegisterFixture(entries: 2)
        defer { fixture.remove() }
        var lines = try fixture.lines
        let huge = String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "\"seq\":2", with: "\"seq\":1e300")
            .replacingOccurrences(of: "\"errors\":0", with: "\"errors\":1e300")
        lines[1] = Array(huge.utf8)
        lines.append([0xFF, 0x00, 0xFE, UInt8(ascii: "{")])
        try fixture.write(lines: lines)
        let contents = try RegisterStore.read(fixture.path)
        XCTAssertNil(contents.lines[1].entry, "a position of 1e300 is no entry")
        let problem = try XCTUnwrap(RegisterVerifier().verify(contents).problem)
        XCTAssertEqual(problem.entry, 2)
        XCTAssertEqual(problem.kind, .notAnEntry)
    }
}
