import Foundation
import XCTest
import QiyueTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The register under real processes: two clerks adding at once, and adds killed midway.
final class RegisterProcessTests: ScratchDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let report = #"{"tool":"qiyue","version":"0.1.0","files":[{"path":"a.txt","error":null,"findings":[]}]}"#
        try write("report.json", report)
        try write("a.txt", "协议甲")
        try write("b.txt", "协议乙")
    }

    var project: String { TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json").path }

    func addArguments(_ file: String) -> [String] {
        ["register", "add", file, "--project", project, "--review", "report.json", "--register", "reg.jsonl", "--filing-date", "2026-03-01"]
    }

    func entries() throws -> [[String: Any]] {
        let data = try Data(contentsOf: directory.appendingPathComponent("reg.jsonl"))
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// Two processes each add 60 entries at the same time: 120 entries, numbered 1…120, none lost
    /// or mixed. Sixty adds a writer keep both writers overlapping for the whole run (each add
    /// takes tens of milliseconds, so the lock is contended hundreds of times).
    func testTwoConcurrentWritersLoseNothing() throws {
        let perWriter = 60
        var writers: [Process] = []
        for file in ["a.txt", "b.txt"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let command = ([QiyueProcess.executable.path] + addArguments(file)).map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-c", "i=0; while [ $i -lt \(perWriter) ]; do \(command) >/dev/null || exit 1; i=$((i+1)); done"]
            process.currentDirectoryURL = directory
            process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
            try process.run()
            writers.append(process)
        }
        for writer in writers { writer.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])
        let verify = try run(["register", "verify", "--register", "reg.jsonl"])
        XCTAssertEqual(verify.status, 0, verify.stderr)
        XCTAssertTrue(verify.stdout.hasPrefix("登记簿完好：\(2 * perWriter) 条，哈希链连续"), verify.stdout)
        let all = try entries()
        XCTAssertEqual(all.compactMap { $0["seq"] as? Int }, Array(1...(2 * perWriter)))
        XCTAssertEqual(Set(all.compactMap { $0["number"] as? String }).count, 2 * perWriter)
        let paths = all.compactMap { ($0["file"] as? [String: Any])?["path"] as? String }
        XCTAssertEqual(paths.filter { $0 == "a.txt" }.count, perWriter)
        XCTAssertEqual(paths.filter { $0 == "b.txt" }.count, perWriter)
        // The writers really ran at once: their entries interleave rather than follow one another.
        let switches = zip(paths, paths.dropFirst()).filter { $0 != $1 }.count
        XCTAssertGreaterThan(switches, 5, "the two writers did not overlap")
    }

    /// Adds killed with SIGKILL at random moments never leave a register that fails for
    /// anything but an incomplete last line, and the next add leaves it whole.
    func testSIGKILLDuringAddNeverCorrupts() throws {
        var completed = 0
        for round in 0..<40 {
            let process = Process()
            process.executableURL = QiyueProcess.executable
            process.arguments = addArguments(round % 2 == 0 ? "a.txt" : "b.txt")
            process.currentDirectoryURL = directory
            process.environment = ["NO_COLOR": "1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...25_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit, process.terminationStatus == 0 { completed += 1 }
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("reg.jsonl").path) else { continue }
            let verify = try run(["register", "verify", "--register", "reg.jsonl"])
            if verify.status != 0 {
                XCTAssertTrue(verify.stderr.contains("不完整"), "round \(round): \(verify.stderr)")
            }
        }
        let final = try QiyueProcess.run(addArguments("a.txt"), currentDirectory: directory)
        XCTAssertEqual(final.status, 0, final.stderr)
        let verify = try run(["register", "verify", "--register", "reg.jsonl"])
        XCTAssertEqual(verify.status, 0, verify.stderr)
        let count = try entries().count
        XCTAssertGreaterThanOrEqual(count, completed + 1, "every add that finished is still there")
        XCTAssertLessThanOrEqual(count, 41)
    }
}
