#if canImport(XCTest)
import Foundation
import XCTest

/// A test case that works in a fresh scratch directory of its own, made before each test and
/// removed after it, so tests that write files never see each other's leftovers.
///
/// The helpers name files relative to that directory and run the built `qiyue` inside it, which
/// is how a user calls the tool: with paths relative to where they stand. XCTest is not part of
/// the static release toolchain, so the class exists only where XCTest does (the test builds).
open class ScratchDirectoryTestCase: XCTestCase {
    /// The scratch directory of the running test.
    public var directory: URL!

    open override func setUpWithError() throws {
        try super.setUpWithError()
        directory = try TestSupport.temporaryDirectory()
    }

    open override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
        try super.tearDownWithError()
    }

    /// The URL of `name` inside the scratch directory.
    public func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// Writes `text` as UTF-8 to `name`, making the folders on its path first.
    public func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name`, making the folders on its path first.
    public func write(_ name: String, _ data: Data) throws {
        let file = url(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// The text of `name`, read as UTF-8.
    public func read(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// The bytes of `name`.
    public func contents(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    /// Whether `name` exists: tests of refused inputs check that nothing was written.
    public func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url(name).path)
    }

    /// Runs `qiyue arguments…` inside the scratch directory with `stdin` as standard input.
    public func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, stdin: Data(stdin.utf8), currentDirectory: directory, environment: environment)
    }
}
#endif
