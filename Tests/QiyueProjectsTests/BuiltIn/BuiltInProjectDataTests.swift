import Foundation
import QiyueCore
import QiyueTestSupport
import XCTest

@testable import QiyueProjects

/// The project data compiled into the library is exactly the folder it was made from, and
/// every file of it decodes.
final class BuiltInProjectDataTests: XCTestCase {
    func testEveryResourceFileIsEmbeddedByteForByte() throws {
        let directory = TestSupport.repositoryRoot.appendingPathComponent("Sources/QiyueProjects/Resources")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(EmbeddedResourceFolder.resources.paths, names)
        for name in names {
            XCTAssertEqual(try EmbeddedResourceFolder.resources.data(name), try Data(contentsOf: directory.appendingPathComponent(name)), name)
        }
    }

    func testEveryBuiltInDecodes() throws {
        XCTAssertNoThrow(try BuiltInProjectData.verify())
        XCTAssertFalse(IndustryCatalog.builtIn.industries.isEmpty)
        XCTAssertFalse(Glossary.builtIn.entries.isEmpty)
        XCTAssertEqual(JSONSchema.project.root.string(at: "/$schema"), "https://json-schema.org/draft/2020-12/schema")
    }
}
