import Foundation
@testable import QiyueCore
import QiyueTestSupport
import XCTest

/// Atomic writes in a directory that other users may also write to.
final class AtomicFileTests: ScratchDirectoryTestCase {
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() }

    /// A link planted at the temporary name the writers used to pick (`.NAME.PID.tmp`) must
    /// neither redirect the write nor turn the output into a link.
    func testPlantedLinkAtThePredictableNameIsNeitherFollowedNorKept() throws {
        let victim = path("victim.txt")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: path(".out.txt.\(getpid()).tmp"), withDestinationPath: victim)
        try AtomicFile.write("new", to: path("out.txt"), durable: false)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep")
        XCTAssertEqual(try String(contentsOfFile: path("out.txt"), encoding: .utf8), "new")
        let type = try FileManager.default.attributesOfItem(atPath: path("out.txt"))[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeRegular)
    }

    func testTemporaryFileIsCreatedExclusivelyUnderAFreshName() throws {
        let first = try TemporaryFile.create(in: directory.path)
        let second = try TemporaryFile.create(in: directory.path)
        defer { first.discard(); second.discard() }
        XCTAssertNotEqual(first.path, second.path)
        let name = (first.path as NSString).lastPathComponent
        XCTAssertEqual(TemporaryFile.ownerProcess(ofName: name), getpid())
        XCTAssertEqual(name.utf8.count, TemporaryFile.name().utf8.count)
        // Opening the same name again exclusively must fail: nobody can be handed our file.
        XCTAssertEqual(open(first.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600), -1)
        XCTAssertEqual(errno, EEXIST)
    }

    /// 248 bytes is a valid name (the limit is 255); a temporary name built from it was not.
    func testLongValidNameIsWritten() throws {
        let name = String(repeating: "协", count: 81) + "12345" // 243 + 5 = 248 bytes
        XCTAssertEqual(name.utf8.count, 248)
        try AtomicFile.write("x", to: path(name))
        XCTAssertEqual(try names(), [name])
    }

    func testFailedWriteLeavesNoTemporaryFileAndKeepsTheOldOutput() throws {
        try AtomicFile.write("old", to: path("out"))
        try FileManager.default.createDirectory(atPath: path("dir"), withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write("x", to: path("dir"))) { error in
            guard case AtomicFile.WriteError.cannotWrite = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try names(), ["dir", "out"])
        XCTAssertEqual(try String(contentsOfFile: path("out"), encoding: .utf8), "old")
    }

    func testStaleTemporaryFilesOfDeadRunsAreRemovedAndNothingElse() throws {
        // 9,999,999 is above the kernel's largest process id, so no such process runs.
        let stale = ".qiyue-9999999-0123456789abcdef.tmp"
        let running = ".qiyue-\(getpid())-0123456789abcdef.tmp"
        let lookalike = ".qiyue-9999999-notours.tmp"
        let link = ".qiyue-9999999-fedcba9876543210.tmp"
        for name in [stale, running, lookalike, "work.md"] { try Data("x".utf8).write(to: URL(fileURLWithPath: path(name))) }
        try FileManager.default.createSymbolicLink(atPath: path(link), withDestinationPath: path("work.md"))
        XCTAssertEqual(StaleTemporaryFiles.remove(in: directory.path), [stale])
        XCTAssertEqual(try names(), [running, link, lookalike, "work.md"].sorted())
    }

    func testWriteSweepsItsDirectoryOfStaleFiles() throws {
        let stale = ".qiyue-9999999-00000000000000aa.tmp"
        try Data("x".utf8).write(to: URL(fileURLWithPath: path(stale)))
        try AtomicFile.write("x", to: path("out"))
        XCTAssertEqual(try names(), ["out"])
    }

    func testInputIsNotReplacedUnderAnySpelling() throws {
        try Data("input".utf8).write(to: URL(fileURLWithPath: path("in.txt")))
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: path("in.txt"))
        XCTAssertEqual(link(path("in.txt"), path("hard.txt")), 0)
        let inputs = OutputGuard(inputs: [path("in.txt")])
        for spelling in [path("in.txt"), directory.path + "/./in.txt", path("link.txt"), path("hard.txt")] {
            XCTAssertThrowsError(try AtomicFile.write("x", to: spelling, protecting: inputs)) { error in
                guard case let AtomicFile.WriteError.wouldReplaceInput(_, input) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(input, self.path("in.txt"))
            }
        }
        XCTAssertEqual(try String(contentsOfFile: path("in.txt"), encoding: .utf8), "input")
        try AtomicFile.write("x", to: path("other.txt"), protecting: inputs)
        XCTAssertEqual(try names(), ["hard.txt", "in.txt", "link.txt", "other.txt"])
    }

    func testGuardIgnoresStandardInputAndMissingFiles() {
        let inputs = OutputGuard(inputs: ["-", path("missing")])
        XCTAssertTrue(inputs.isEmpty)
        XCTAssertNil(inputs.input(replacedBy: path("missing")))
    }
}
