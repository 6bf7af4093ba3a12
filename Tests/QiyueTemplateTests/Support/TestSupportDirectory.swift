import Foundation
import QiyueTestSupport

/// A temporary template root filled with the given files.
struct TestSupportDirectory {
    let url: URL

    static func make(_ files: [String: String]) throws -> TestSupportDirectory {
        let url = try TestSupport.temporaryDirectory()
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return TestSupportDirectory(url: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
