import Foundation
import QiyueDocuments
import QiyueTestSupport
import XCTest

/// The document properties of drafted files: the title and language the commands always
/// set, and the subject (the project's name) and author (Party A for the agreement, the
/// promoting agency for the dossier and brochure) taken from the project data.
final class DraftMetadataTests: ScratchDirectoryTestCase {
    /// The DOCX core properties after the namespace declarations.
    private func coreProperties(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("out.docx")
        let result = try QiyueProcess.run(arguments + ["-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let archive = try ZipReader(data: Data(contentsOf: output))
        let core = String(decoding: try XCTUnwrap(try archive.contents(ofEntryNamed: "docProps/core.xml")), as: UTF8.self)
        return String(core[try XCTUnwrap(core.range(of: "XMLSchema-instance\">")).upperBound...])
    }

    func testAgreementNamesTheProjectAndPartyA() throws {
        XCTAssertEqual(try coreProperties(["agreement", DraftingFixtures.puerCoffee.path]), """
        <dc:title>普洱咖啡精深加工及产业服务平台项目投资协议</dc:title><dc:subject>普洱咖啡精深加工及产业服务平台项目</dc:subject>\
        <dc:creator>普洱市思茅区人民政府</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>
        """)
    }

    func testDossierNamesTheProjectAndTheLeadContactsOrganization() throws {
        XCTAssertEqual(try coreProperties(["dossier", DraftingFixtures.puerCoffee.path]), """
        <dc:title>普洱咖啡精深加工及产业服务平台项目推介书</dc:title><dc:subject>普洱咖啡精深加工及产业服务平台项目</dc:subject>\
        <dc:creator>普洱市投资促进局</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>
        """)
    }

    func testEnglishBrochureTakesTheEnglishNames() throws {
        let output = directory.appendingPathComponent("brochure.html")
        let result = try QiyueProcess.run(["dossier", DraftingFixtures.puerCoffee.path, "--edition", "en", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(html.contains("""
        <html lang="en">
        """), html)
        XCTAssertTrue(html.contains("""
        <title>Pu&#39;er Coffee Deep Processing and Industry Service Platform Project</title>
        <meta name="author" content="Pu&#39;er Investment Promotion Bureau">
        <meta name="description" content="Pu&#39;er Coffee Deep Processing and Industry Service Platform Project">

        """), html)
    }
}
