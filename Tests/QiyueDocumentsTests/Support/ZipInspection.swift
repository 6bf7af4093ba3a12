import Foundation
import XCTest

/// A ZIP archive as Python's `zipfile` sees it after `testzip()` verified every CRC.
struct ZipInspection {
    struct Entry: Decodable {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var size: Int
        var compressed: Int
        var date: [Int]
        var data: String

        var contents: Data { Data(base64Encoded: data)! }
        var text: String { String(decoding: contents, as: UTF8.self) }
    }

    private struct Report: Decodable {
        var bad: String?
        var entries: [Entry]
    }

    var entries: [Entry]
    /// The first entry whose CRC did not match, as `testzip()` reports it.
    var firstBadEntry: String?

    init(_ archive: Data) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-zip-\(UUID().uuidString).zip")
        try archive.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Python.run("zip_oracle.py", [file.path])
        guard result.status == 0 else {
            throw NSError(domain: "ZipInspection", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        let report = try JSONDecoder().decode(Report.self, from: result.stdout)
        entries = report.entries
        firstBadEntry = report.bad
    }

    subscript(name: String) -> Entry? { entries.first { $0.name == name } }
}
