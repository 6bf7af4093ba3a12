import XCTest
import QiyueCore
import QiyueTestSupport
@testable import QiyueProjects

final class ProjectFileTests: ScratchDirectoryTestCase {
    func testSyntaxErrorsCarryFileLineAndColumn() throws {
        let path = directory.appendingPathComponent("p.json").path
        try "{\n  \"land\": {\n    \"area_mu\": 三百\n  }\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ProjectFile.load(path)) { error in
            guard let error = error as? ProjectFileError else { return XCTFail("\(error)") }
            let diagnostic = error.diagnostic(in: .zh)
            XCTAssertEqual(diagnostic.location, SourceLocation(file: path, line: 3, column: 16))
            XCTAssertEqual(diagnostic.message, "JSON 语法错误：意外的字符“三”，应为一个值")
            XCTAssertEqual(DiagnosticPrinter(language: .zh).render(diagnostic, in: error.lineIndex), """
            \(path):3:16: 错误: JSON 语法错误：意外的字符“三”，应为一个值
                "area_mu": 三百
                           ^~

            """)
        }
    }

    func testMissingFilesAndDirectoriesAreInputErrors() throws {
        XCTAssertThrowsError(try ProjectFile.load("/nonexistent/x.json")) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .en).description, "error: /nonexistent/x.json: no such file")
        }
        XCTAssertThrowsError(try ProjectFile.load(directory.path)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .zh).description, "error: \(directory.path): 是一个目录，不是文件")
        }
    }

    func testReadsTextNumbersAndLocations() throws {
        let file = try Fixture.example("puer-coffee.json")
        XCTAssertEqual(file.text(at: "/name"), LocalizedText(zh: "普洱咖啡精深加工及产业服务平台项目", en: "Pu'er Coffee Deep Processing and Industry Service Platform Project"))
        XCTAssertEqual(file.number(at: "/land/area_mu"), 120)
        XCTAssertEqual(file.industryCode, "01-06")
        XCTAssertFalse(file.hasPlatformParty)
        XCTAssertTrue(try Fixture.example("ruili-electronics-three-party.json").hasPlatformParty)
        XCTAssertEqual(file.location(of: JSONPointer(["land", "area_mu"])), SourceLocation(file: file.path, line: 23, column: 16))
        XCTAssertNil(file.location(of: JSONPointer(["nothing"])))
    }

    func testLongValuesGetAOneCharacterCaret() throws {
        let file = try Fixture.load("bilingual-gaps.json")
        let finding = ProjectFinding(.warning, JSONPointer(["summary"]), code: "x", message: LocalizedText(zh: "z", en: "e"), at: file.root.node(at: "/market/en"))
        XCTAssertEqual(file.diagnostic(for: finding, in: .en).length, 1)
        let short = ProjectFinding(.warning, JSONPointer(["id"]), code: "x", message: LocalizedText(zh: "z", en: "e"), at: file.root.node(at: "/id"))
        XCTAssertEqual(file.diagnostic(for: short, in: .en).length, 16)
    }
}
