import Foundation
import QiyueTestSupport

/// A fresh temporary directory for a test's files.
enum TestSupportDirectory {
    /// The bundle's `Fixtures` folder.
    static let fixtures: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func make() throws -> URL {
        try TestSupport.temporaryDirectory()
    }
}
