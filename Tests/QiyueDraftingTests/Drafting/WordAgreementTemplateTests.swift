import Foundation
import QiyueDrafting
import QiyueTestSupport
import XCTest

/// The standard agreement shipped as a Word template (Templates/agreement.docx, made by
/// scripts/make-agreement-docx-template.py in LibreOffice): every example drafted from it
/// passes its own review and says, paragraph for paragraph, what the Markdown template says.
final class WordAgreementTemplateTests: ScratchDirectoryTestCase {
    let template = TestSupport.repositoryRoot.appendingPathComponent("Templates/agreement.docx").path

    func testEveryExampleMatchesTheMarkdownDraftTextForText() throws {
        XCTAssertEqual(ExampleDrafts.projectNames.count, 5)
        for project in ExampleDrafts.projectNames {
            let (word, result) = try ExampleDrafts.agreement(project, in: directory, wordTemplate: template)
            XCTAssertEqual(result.review.errorCount, 0, project)
            XCTAssertEqual(result.review.warningCount, 0, project)
            let (markdown, _) = try ExampleDrafts.agreement(project, in: directory)
            let words = { (bytes: Data) in try XCTUnwrap(WordText.texts(of: bytes)["document"]).filter { !$0.isEmpty } }
            let drafted = try words(word)
            XCTAssertGreaterThan(drafted.count, 90, project)
            XCTAssertEqual(drafted, try words(markdown), project)
            // No tag survives into the agreement.
            XCTAssertFalse(drafted.contains { $0.contains("{%") || $0.contains("{{") }, project)
        }
    }

    /// The Word agreement declares, in its `qiyue.declaration` property, exactly what the
    /// Markdown agreement declares in its header.
    func testTheWordTemplateDeclaresWhatTheMarkdownTemplateDeclares() throws {
        let word = try WordTemplate(data: try Data(contentsOf: URL(fileURLWithPath: template)), path: template, language: .zh).declaration()
        let markdown = try DraftTemplate.load("agreement.md.jinja", directory: TestSupport.repositoryRoot.appendingPathComponent("Templates"), language: .zh).header
        XCTAssertEqual(word, markdown)
        XCTAssertGreaterThan(word.required.count, 30)
        XCTAssertEqual(word.conditional.count, 1)
    }

    func testTheWordTemplateIsBuiltIn() throws {
        XCTAssertEqual(BuiltInTemplates.word("agreement.docx"), try Data(contentsOf: URL(fileURLWithPath: template)))
        XCTAssertNil(BuiltInTemplates.word("agreement.md.jinja"))
        XCTAssertNil(BuiltInTemplates.word("../Templates/agreement.docx"))
    }

    /// The title page, the articles and the signature table are Word's own structures, so an
    /// officer editing the template sees headings and a table, not Markdown.
    func testTheTemplateUsesWordStructures() throws {
        let xml = try ExampleDrafts.part("word/document.xml", of: try Data(contentsOf: URL(fileURLWithPath: template)))
        for style in ["Title", "Subtitle", "Heading1", "Heading2"] { XCTAssertTrue(xml.contains("<w:pStyle w:val=\"\(style)\"/>"), style) }
        XCTAssertTrue(xml.contains("{%tr if three %}"))
        XCTAssertFalse(xml.contains("**") || xml.contains("{.signature}") || xml.contains("\\pagebreak"))
    }
}
