import Foundation
import XCTest

/// Accepting every tracked change of a Word file the way a drafter does, in LibreOffice.
enum LibreOfficeChanges {
    /// Runs the UNO script that accepts every tracked change; skips when LibreOffice or its Python bridge is missing.
    static func acceptAll(_ input: URL, _ output: URL, script: URL) throws {
        // LibreOffice's Python bridge is installed for the system interpreter, not for any other python3 on the PATH.
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("no system python3 for LibreOffice's uno bridge") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, input.path, output.path]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 { throw XCTSkip("LibreOffice or its uno bridge is not installed") }
        XCTAssertEqual(process.terminationStatus, 0, stderr)
    }
}
