import Foundation
import XCTest
@testable import QiyueFiling

/// Tampering with a register in each way a clerk or an intruder might is detected, and the
/// report names the entry where the register stops being the one that was filed.
final class RegisterChainTests: XCTestCase {
    func testIntactRegisterVerifies() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        let result = try fixture.verify()
        XCTAssertNil(result.problem)
        XCTAssertEqual(result.entryCount, 5)
        let entries = try RegisterStore.read(fixture.path).entries
        XCTAssertEqual(entries.map(\.sequence), [1, 2, 3, 4, 5])
        XCTAssertEqual(entries.map(\.number), ["2026-0001", "2026-0002", "2026-0003", "2026-0004", "2026-0005"])
        XCTAssertEqual(entries[0].previous, RegisterEntry.genesis)
        for index in 1..<5 { XCTAssertEqual(entries[index].previous, entries[index - 1].hash) }
        XCTAssertEqual(result.headHash, entries[4].hash)
    }

    func testQuickReadingFindsTheSameChainMembers() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        let full = try RegisterStore.read(fixture.path)
        let quick = RegisterContents(path: fixture.path, bytes: try fixture.bytes, parsingEntries: false)
        XCTAssertEqual(quick.lines.map(\.chain), full.lines.map(\.chain))
        XCTAssertTrue(quick.lines.allSatisfy { $0.entry == nil }, "the quick reading parses nothing")
        XCTAssertEqual(quick.nextNumber(filingDate: "2026-05-01"), "2026-0006")
    }

    func testNumbersRestartEachFilingYear() throws {
        let fixture = try RegisterFixture(entries: 2)
        defer { fixture.remove() }
        try fixture.add(3, date: "2027-01-05")
        try fixture.add(4, date: "2027-01-06")
        XCTAssertEqual(try RegisterStore.read(fixture.path).entries.map(\.number), ["2026-0001", "2026-0002", "2027-0001", "2027-0002"])
    }

    /// Changing any one byte inside the JSON of entry 3 names entry 3, whichever byte it is.
    func testEditingAnyByteNamesThatEntry() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        let original = try fixture.lines
        for offset in stride(from: 0, to: original[2].count, by: 7) {
            var lines = original
            lines[2][offset] = lines[2][offset] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
            try fixture.write(lines: lines)
            let problem = try XCTUnwrap(try fixture.verify().problem, "byte \(offset)")
            XCTAssertEqual(problem.entry, 3, "byte \(offset)")
            XCTAssertEqual(problem.line, 3)
        }
    }

    func testEditedInvestmentFigureIsContentChanged() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        var text = String(decoding: try fixture.bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"investment_yuan\":4000000", with: "\"investment_yuan\":400000")
        try fixture.write(Array(text.utf8))
        let problem = try XCTUnwrap(try fixture.verify().problem)
        XCTAssertEqual(problem.kind, .contentChanged)
        XCTAssertEqual(problem.entry, 4)
        XCTAssertEqual(try fixture.verify().entryCount, 3)
    }

    func testDeletedLineNamesTheMissingEntry() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        var lines = try fixture.lines
        lines.remove(at: 2)
        try fixture.write(lines: lines)
        let problem = try XCTUnwrap(try fixture.verify().problem)
        XCTAssertEqual(problem.kind, .missingEntry)
        XCTAssertEqual(problem.entry, 3)
        XCTAssertTrue(problem.message.zh.contains("第 3 条被删除"), problem.message.zh)
    }

    func testDeletedLastLineIsCaughtByTheHeadHash() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        let head = try fixture.verify().headHash
        var lines = try fixture.lines
        lines.removeLast()
        try fixture.write(lines: lines)
        let result = try fixture.verify()
        // A clean cut at a line end leaves a shorter valid chain; only the head hash sent upward shows it.
        XCTAssertNil(result.problem)
        XCTAssertEqual(result.entryCount, 4)
        XCTAssertNotEqual(result.headHash, head)
    }

    func testSwappedLinesNameTheFirstOfThem() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        var lines = try fixture.lines
        lines.swapAt(1, 2)
        try fixture.write(lines: lines)
        let problem = try XCTUnwrap(try fixture.verify().problem)
        XCTAssertEqual(problem.entry, 2)
        XCTAssertEqual(problem.kind, .missingEntry)
    }

    func testRepeatedLineIsAnExtraEntry() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        var lines = try fixture.lines
        lines.insert(lines[1], at: 2)
        try fixture.write(lines: lines)
        let problem = try XCTUnwrap(try fixture.verify().problem)
        XCTAssertEqual(problem.kind, .extraEntry)
        XCTAssertEqual(problem.entry, 3)
    }

    /// A forged entry with a correct own hash and position still fails its link to the entry before.
    func testReplacedEntryWithValidOwnHashBreaksTheChain() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        var contents = try RegisterStore.read(fixture.path)
        var forged = try XCTUnwrap(contents.entries[2])
        forged.previous = RegisterEntry.genesis
        forged.project.investmentYuan = 1
        var lines = try fixture.lines
        lines[2] = EntryLine.seal(forged).line
        try fixture.write(lines: lines)
        contents = try RegisterStore.read(fixture.path)
        let problem = try XCTUnwrap(RegisterVerifier().verify(contents).problem)
        XCTAssertEqual(problem.kind, .chainBroken)
        XCTAssertEqual(problem.entry, 3)
    }

    func testTruncatedLastLineIsIncompleteEntryFive() throws {
        let fixture = try RegisterFixture(entries: 5)
        defer { fixture.remove() }
        let bytes = try fixture.bytes
        try fixture.write(Array(bytes.dropLast(40)))
        let result = try fixture.verify()
        let problem = try XCTUnwrap(result.problem)
        XCTAssertEqual(problem.kind, .incomplete)
        XCTAssertEqual(problem.entry, 5)
        XCTAssertEqual(result.entryCount, 4)
    }
}
