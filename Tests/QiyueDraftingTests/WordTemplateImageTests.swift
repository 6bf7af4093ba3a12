import Foundation
import QiyueDocuments
import QiyueDrafting
import QiyueTemplate
import QiyueTestSupport
import XCTest

/// `{{ image('site-plan.png', width_mm=120) }}` in a Word template: PNG and JPEG pictures from
/// the template's or the data's directory, and nothing else — a path leaving them, by `..` or
/// by a symbolic link, is a located error and no document is made.
final class WordTemplateImageTests: XCTestCase {
    var directory: URL!
    static let images = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/WordImages")

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory().appendingPathComponent("模板")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["site-plan.png", "cover.jpg"] {
            try FileManager.default.copyItem(at: Self.images.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory.deletingLastPathComponent())
    }

    func template(_ text: String) throws -> WordTemplate {
        var writer = ZipWriter()
        try writer.add("[Content_Types].xml", text: "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
        try writer.add("word/_rels/document.xml.rels", text: "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>")
        try writer.add("word/document.xml", text: "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:body></w:document>")
        let path = directory.appendingPathComponent("图.docx").path
        try writer.finish().write(to: URL(fileURLWithPath: path))
        return try WordTemplate(data: try Data(contentsOf: URL(fileURLWithPath: path)), path: path, language: .zh)
    }

    func entry(_ name: String, of data: Data) throws -> String? {
        try ZipReader(data: data).contents(ofEntryNamed: name).map { String(decoding: $0, as: UTF8.self) }
    }

    func testAPictureIsPlacedWithItsFileRelationshipAndType() throws {
        let output = try template("区位图：{{ image('site-plan.png', width_mm=120) }}。{{ image(photo, height_mm=30) }}").render(["photo": "cover.jpg"])
        let body = try XCTUnwrap(try entry("word/document.xml", of: output))
        // 120 mm wide, and half as high as the 400 × 200 picture is.
        XCTAssertTrue(body.contains("<wp:extent cx=\"4320000\" cy=\"2160000\"/>"), body)
        XCTAssertTrue(body.contains("r:embed=\"rIdQiyueImage1\"") && body.contains("r:embed=\"rIdQiyueImage2\""))
        XCTAssertTrue(body.contains("区位图：</w:t></w:r><w:r><w:drawing>"), body)
        XCTAssertEqual(WordText.paragraphs(in: body), ["第一段", "区位图：。"])
        XCTAssertFalse(body.contains("\u{E000}") || body.contains("image("))
        let relationships = try XCTUnwrap(try entry("word/_rels/document.xml.rels", of: output))
        XCTAssertTrue(relationships.contains("Target=\"styles.xml\"/><Relationship Id=\"rIdQiyueImage1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/qiyue-image1.png\"/>"), relationships)
        let types = try XCTUnwrap(try entry("[Content_Types].xml", of: output))
        XCTAssertTrue(types.contains("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"), types)
        XCTAssertEqual(try ZipReader(data: output).contents(ofEntryNamed: "word/media/qiyue-image1.png").map { Data($0) }, try Data(contentsOf: directory.appendingPathComponent("site-plan.png")))
        XCTAssertNotNil(try ZipReader(data: output).entry(named: "word/media/qiyue-image2.jpeg"))
    }

    func testThePictureMayComeFromTheDataDirectory() throws {
        let data = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.moveItem(at: directory.appendingPathComponent("cover.jpg"), to: data.appendingPathComponent("项目照片.jpg"))
        let template = try template("{{ image('项目照片.jpg') }}")
        let output = try template.render([:], imageRoots: [directory, data])
        XCTAssertNotNil(try ZipReader(data: output).entry(named: "word/media/qiyue-image1.jpeg"))
        XCTAssertThrowsError(try template.render([:]))
    }

    func testPathsLeavingTheDirectoriesAreLocatedErrors() throws {
        let outside = directory.deletingLastPathComponent().appendingPathComponent("工资表.png")
        try FileManager.default.copyItem(at: directory.appendingPathComponent("site-plan.png"), to: outside)
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("链接.png"), withDestinationURL: outside)
        let path = directory.appendingPathComponent("图.docx").path
        for (call, message) in [
            ("image('../工资表.png')", "图片 ../工资表.png 不在模板或数据所在的目录内"),
            ("image('链接.png')", "图片 链接.png 不在模板或数据所在的目录内"),
            ("image('\(outside.path)')", "图片路径须相对于模板或数据所在目录：\(outside.path)"),
            ("image('没有.png')", "找不到图片 没有.png（在模板或数据所在的目录中）"),
            ("image('site-plan.png', width_mm=-3)", "图片 site-plan.png 的尺寸无效：-3"),
        ] {
            XCTAssertThrowsError(try template("前文 {{ \(call) }}").render([:]), call) { error in
                let rendered = (error as? TemplateError)?.rendered(language: .zh, colored: false) ?? "\(error)"
                XCTAssertTrue(rendered.hasPrefix("\(path):第2段:"), rendered)
                XCTAssertTrue(rendered.contains("错误: \(message)"), rendered)
            }
        }
    }

    func testAFileThatIsNoPictureIsRefused() throws {
        try "不是图片".write(to: directory.appendingPathComponent("假.png"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try template("{{ image('假.png') }}").render([:])) { error in
            XCTAssertTrue("\(error)".contains("图片 假.png 不是 PNG 或 JPEG 文件") || ((error as? TemplateError)?.rendered(language: .zh, colored: false).contains("不是 PNG 或 JPEG 文件") ?? false))
        }
    }

    func testTheWordImageOutsideATagIsText() throws {
        let output = try template("请见 image(1) 与 site_image(2)：{{ 'x' }}").render([:])
        XCTAssertEqual(WordText.paragraphs(in: try XCTUnwrap(try entry("word/document.xml", of: output))).last, "请见 image(1) 与 site_image(2)：x")
    }
}
