import Foundation
import QiyueTestSupport

/// A fresh temporary directory for a test's files.
enum TestSupportDirectory {
    static func make() throws -> URL {
        try TestSupport.temporaryDirectory()
    }
}
