import Foundation
import QiyueCore
import XCTest

/// Lookups in a compiled-in folder: bytes back as they went in, and a clear error for a file
/// the folder lacks or carries damaged.
final class EmbeddedResourceFolderTests: XCTestCase {
    let folder = EmbeddedResourceFolder(name: "Sources/X/Resources", files: [
        (path: "rules/b.json", base64: Data("{\"b\": 1}".utf8).base64EncodedString()),
        (path: "a.txt", base64: Data("第一条\n".utf8).base64EncodedString()),
        (path: "bad.txt", base64: "not base64!"),
        (path: "latin1.txt", base64: Data([0xE9, 0x0A]).base64EncodedString()),
    ])

    func testFilesComeBackByteForByte() throws {
        XCTAssertEqual(folder.paths, ["a.txt", "bad.txt", "latin1.txt", "rules/b.json"])
        XCTAssertEqual(try folder.text("a.txt"), "第一条\n")
        XCTAssertEqual(try folder.data("rules/b.json"), Data("{\"b\": 1}".utf8))
        XCTAssertTrue(folder.contains("rules/b.json"))
        XCTAssertFalse(folder.contains("b.json"))
    }

    func testMissingFileIsAnErrorNamingIt() {
        XCTAssertThrowsError(try folder.data("default-rules.json")) { error in
            XCTAssertEqual(error as? EmbeddedResourceError, EmbeddedResourceError(folder: "Sources/X/Resources", path: "default-rules.json", reason: .missing))
            XCTAssertEqual((error as? EmbeddedResourceError)?.message.zh, "程序内置文件“Sources/X/Resources/default-rules.json”缺失：安装的 qiyue 构建有误，请重新安装")
        }
    }

    func testDamagedFilesAreErrors() {
        XCTAssertThrowsError(try folder.data("bad.txt")) { error in
            XCTAssertEqual((error as? EmbeddedResourceError)?.reason, .damaged)
        }
        XCTAssertThrowsError(try folder.text("latin1.txt")) { error in
            XCTAssertEqual((error as? EmbeddedResourceError)?.reason, .damaged)
        }
    }

    func testDecodedKeepsFailuresAsValues() {
        XCTAssertEqual(try folder.decoded("a.txt") { String(decoding: $0, as: UTF8.self) }.get(), "第一条\n")
        XCTAssertEqual(folder.decoded("rules/b.json") { _ in throw CocoaError(.coderReadCorrupt) }.error,
                       EmbeddedResourceError(folder: "Sources/X/Resources", path: "rules/b.json", reason: .damaged))
        XCTAssertEqual(folder.decoded("none.json") { $0 }.error?.reason, .missing)
    }
}

private extension Result {
    var error: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
