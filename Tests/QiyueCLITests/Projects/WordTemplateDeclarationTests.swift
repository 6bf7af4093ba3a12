import Foundation
import QiyueDocuments
import QiyueTestSupport
import XCTest

/// A Word template declares the project data it needs as a Markdown template does, in its
/// custom document property `qiyue.declaration`, and drafting from it checks that data first:
/// every missing field at once, at its place in the project file, exit 2, nothing written.
final class WordTemplateDeclarationTests: ScratchDirectoryTestCase {
    let fixture = TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueDraftingTests/Fixtures/WordTemplates/drafting/agreement.docx")

    /// The example project without the fields in `removing` (`/land/area_mu`), as `p.json`.
    func project(removing pointers: [String]) throws -> URL {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        object.removeValue(forKey: "$schema")
        for pointer in pointers {
            let parts = pointer.split(separator: "/").map(String.init)
            var section = try XCTUnwrap(object[parts[0]] as? [String: Any])
            section.removeValue(forKey: parts[1])
            object[parts[0]] = section
        }
        let url = directory.appendingPathComponent("p.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return url
    }

    /// The fixture template with `declaration` in its custom properties, as Word stores them.
    func template(declaring declaration: String, name: String = "本单位模板.docx") throws -> URL {
        let zip = try ZipReader(data: try Data(contentsOf: fixture))
        var writer = ZipWriter()
        let escaped = declaration.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let custom = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="qiyue.declaration"><vt:lpwstr>\(escaped)</vt:lpwstr></property></Properties>
            """
        for entry in zip.entries where !entry.isDirectory {
            var text = String(decoding: try zip.contents(of: entry), as: UTF8.self)
            switch entry.name {
            case "[Content_Types].xml":
                text = text.replacingOccurrences(of: "</Types>", with: "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>")
                try writer.add(entry.name, text: text)
            case "_rels/.rels":
                text = text.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rIdCustom\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>")
                try writer.add(entry.name, text: text)
            default:
                try writer.add(entry.name, data: Data(try zip.contents(of: entry)))
            }
        }
        try writer.add("docProps/custom.xml", text: custom)
        let url = directory.appendingPathComponent(name)
        try writer.finish().write(to: url)
        return url
    }

    /// The built-in Word agreement requires what the Markdown agreement requires, and says so
    /// in the same words.
    func testTheBuiltInWordAgreementChecksTheMarkdownAgreementsFields() throws {
        let project = try project(removing: ["land/area_mu", "agreement/number"])
        let word = directory.appendingPathComponent("a.docx")
        let fromWord = try run(["agreement", project.path, "--template", "agreement.docx", "-o", word.path])
        let fromMarkdown = try run(["agreement", project.path, "-o", word.path])
        XCTAssertEqual(fromWord.status, 2)
        XCTAssertEqual(fromWord.stdout, "")
        XCTAssertEqual(fromWord, fromMarkdown)
        let headlines = fromWord.stderr.split(separator: "\n").filter { $0.contains(": 错误: ") }
        XCTAssertEqual(headlines.count, 2, fromWord.stderr)
        XCTAssertTrue(headlines.allSatisfy { $0.hasPrefix("\(project.path):") }, fromWord.stderr)
        XCTAssertEqual(headlines.map { $0.components(separatedBy: ": 错误: ")[1] }, ["/land/area_mu: 缺少此项，无法生成投资协议", "/agreement/number: 缺少此项，无法生成投资协议"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: word.path))
    }

    func testABureauTemplateDeclaresItsFieldsInADocumentProperty() throws {
        // One line, as a properties dialog takes it: `;` separates the declaration's lines.
        let template = try template(declaring: "document: 补充协议 / supplementary agreement; requires: /agreement/number /investment/jobs")
        let project = try project(removing: ["investment/jobs"])
        let output = directory.appendingPathComponent("补充.docx")
        let result = try QiyueProcess.run(["--lang", "en", "agreement", project.path, "--template", template.path, "-o", output.path])
        let text = try String(contentsOf: project, encoding: .utf8).components(separatedBy: "\n")
        let line = try XCTUnwrap(text.firstIndex { $0.contains("\"investment\"") })
        let column = try XCTUnwrap(text[line].firstIndex(of: "{")).utf16Offset(in: text[line]) + 1
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: """
            \(project.path):\(line + 1):\(column): error: /investment/jobs: missing; required for the supplementary agreement
            \(text[line])
            \(String(repeating: " ", count: column - 1))^

            """))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        // With the field, the same template drafts.
        let complete = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "--template", template.path, "-o", output.path])
        XCTAssertEqual(complete.status, 0, complete.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path))
    }

    func testAMultiLineDeclarationWorksAsInAMarkdownTemplate() throws {
        let template = try template(declaring: "document: 投资协议 / agreement\nrequires:\n  /name\n  /agreement/number\nrequires if /cooperation/mode/zh = 独资建设: /investment/jobs")
        let project = try project(removing: ["agreement/number", "investment/jobs"])
        let result = try QiyueProcess.run(["agreement", project.path, "--template", template.path, "-o", directory.appendingPathComponent("x.docx").path])
        XCTAssertEqual(result.status, 2)
        let headlines = result.stderr.split(separator: "\n").filter { $0.contains(": 错误: ") }.map { $0.components(separatedBy: ": 错误: ")[1] }
        XCTAssertEqual(headlines, ["/agreement/number: 缺少此项，无法生成投资协议", "/investment/jobs: 缺少此项，无法生成投资协议"])
    }

    func testAMalformedDeclarationIsAnErrorAtTheTemplate() throws {
        let template = try template(declaring: "document: 投资协议 / agreement; requires /name")
        let output = directory.appendingPathComponent("x.docx")
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "--template", template.path, "-o", output.path])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "\(template.path)（qiyue.declaration）:3:1: 错误: 模板声明的行须为“键: 值”\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    /// A template without the property declares nothing and drafts as before.
    func testATemplateWithoutADeclarationIsNotChecked() throws {
        let output = directory.appendingPathComponent("x.docx")
        let project = try project(removing: ["investment/jobs"])
        let result = try QiyueProcess.run(["agreement", project.path, "--template", fixture.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
