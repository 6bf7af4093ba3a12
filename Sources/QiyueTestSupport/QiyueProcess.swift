import Foundation

/// Runs the built `qiyue` executable for end-to-end tests.
///
/// `swift test` builds every product before testing, so the binary sits beside the test
/// bundle; end-to-end tests compare its stdout, stderr and exit status with exact text.
public struct QiyueProcess {
    public struct Result: Equatable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The path of the `qiyue` binary built with the tests.
    public static let executable: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("qiyue"),
            Bundle.main.bundleURL.appendingPathComponent("qiyue"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("qiyue"),
            TestSupport.repositoryRoot.appendingPathComponent(".build/debug/qiyue"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `qiyue arguments…` with `stdin` as standard input and `NO_COLOR=1`; `binary` names
    /// another copy of the executable, for tests that run it away from the build folder.
    public static func run(_ arguments: [String], stdin: Data = Data(), currentDirectory: URL? = nil, environment extra: [String: String] = [:], binary: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "QIYUE_LANG")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes concurrently so a large output cannot deadlock the child.
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = error.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        input.fileHandleForWriting.write(stdin)
        try? input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errThread.isExecuting || !errThread.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
