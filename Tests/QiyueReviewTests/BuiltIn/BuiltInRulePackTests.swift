import Foundation
import QiyueCore
import QiyueTestSupport
import XCTest

@testable import QiyueReview

/// The rule pack compiled into the library is the resource folder, file for file.
final class BuiltInRulePackTests: XCTestCase {
    func testEveryResourceFileIsEmbeddedByteForByte() throws {
        let directory = TestSupport.repositoryRoot.appendingPathComponent("Sources/QiyueReview/Resources")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: directory.path))
        var names: [String] = []
        for case let name as String in enumerator where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                names.append(name)
            }
        }
        XCTAssertEqual(EmbeddedResourceFolder.resources.paths, names.sorted())
        for name in names {
            XCTAssertEqual(try EmbeddedResourceFolder.resources.data(name), try Data(contentsOf: directory.appendingPathComponent(name)), name)
        }
        XCTAssertFalse(try RulePack.builtIn().rules.isEmpty)
    }
}
