import Foundation
import QiyueCore
import QiyueDocuments
import QiyueDrafting
import QiyueTestSupport

/// Drafts the agreement of an example project through the library's pipeline into a
/// temporary directory, the way `qiyue agreement` does, and hands back the written bytes.
enum ExampleDrafts {
    static let projects = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects")

    static var projectNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: projects.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The agreement of `project`, from the built-in Markdown template in `style`, or from
    /// the Word template at `wordTemplate`.
    static func agreement(_ project: String, in directory: URL, style: DocxStyle = .standard, wordTemplate: String? = nil) throws -> (bytes: Data, result: DraftingResult) {
        let output = directory.appendingPathComponent((project as NSString).deletingPathExtension + (wordTemplate == nil ? "" : "-word") + ".docx").path
        let request = DraftingRequest(
            projectPath: projects.appendingPathComponent(project).path, templateName: "agreement.md.jinja", templateDirectory: nil,
            outputPath: output, format: .docx, language: .zh, wordTemplatePath: wordTemplate)
        let result = try DraftingPipeline(request).run { project in
            DraftWriter(format: .docx, language: "zh-CN", title: project.name.zh + "投资协议", subject: project.name.zh, style: style)
        }
        return (try Data(contentsOf: URL(fileURLWithPath: output)), result)
    }

    /// The text of one package part.
    static func part(_ name: String, of bytes: Data) throws -> String {
        let zip = try ZipReader(data: bytes)
        guard let entry = zip.entry(named: name) else { return "" }
        return String(decoding: try zip.contents(of: entry), as: UTF8.self)
    }
}
