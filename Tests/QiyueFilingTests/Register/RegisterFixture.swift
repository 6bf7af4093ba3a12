import QiyueCore
import Foundation
import XCTest
@testable import QiyueFiling

/// A register of `count` synthetic entries in a fresh directory, for tampering tests.
struct RegisterFixture {
    let directory: URL
    var path: String { directory.appendingPathComponent("备案登记簿.jsonl").path }

    init(entries count: Int) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for index in 1...max(count, 1) where count > 0 {
            _ = try add(index)
        }
    }

    func request(_ index: Int, errors: Int = 0, date: String = "2026-03-01") -> FilingRequest {
        let agreement = directory.appendingPathComponent("agreement-\(index).docx").path
        let bytes = Array("agreement \(index)".utf8)
        let review = ReviewRecord(rulePack: "qiyue-default 1.0.0", source: "qiyue review", errors: errors, warnings: 0, findings: [])
        let project = RegisteredProject(id: "project-\(index)", name: "项目\(index)", parties: ["甲方政府", "乙方公司\(index)"],
                                        investmentYuan: Double(index) * 1_000_000, landAreaMu: 100)
        return FilingRequest(agreementPath: agreement, digest: FileDigest(of: bytes), project: project, review: review,
                             signingDate: "2025-01-0\(index % 9 + 1)", filingDate: date, reviewer: "张三")
    }

    @discardableResult
    func add(_ index: Int, date: String = "2026-03-01") throws -> RegisterStore.Appended {
        let request = request(index, date: date)
        return try RegisterStore.append(path) { request.entry(number: $0.nextNumber(filingDate: date), registerPath: path) }
    }

    var bytes: [UInt8] { get throws { Array(try Data(contentsOf: URL(fileURLWithPath: path))) } }

    func write(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    /// The register's lines without their line breaks.
    var lines: [[UInt8]] {
        get throws { try bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().map(Array.init) }
    }

    func write(lines: [[UInt8]]) throws { try write(lines.flatMap { $0 + [UInt8(ascii: "\n")] }) }

    /// Verifies the register as a reader parses it, and checks that an append's quick reading
    /// (chain members at their fixed places) reaches the same verdict.
    func verify(file: StaticString = #filePath, line: UInt = #line) throws -> RegisterVerifier.Result {
        let full = RegisterVerifier().verify(try RegisterStore.read(path))
        let quick = RegisterVerifier().verify(RegisterContents(path: path, bytes: try bytes, parsingEntries: false))
        XCTAssertEqual(quick.problem?.entry, full.problem?.entry, "quick and full reading disagree", file: file, line: line)
        XCTAssertEqual(quick.entryCount, full.entryCount, file: file, line: line)
        XCTAssertEqual(quick.headHash, full.headHash, file: file, line: line)
        return full
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
