import Foundation
import QiyueCore
import QiyueDocuments
import QiyueTestSupport
import XCTest

/// The bilingual brochure as a bureau hands it to a visiting delegation: a cover with the
/// project's picture in a coloured band, a key-figures panel, one language a line, English in a
/// Latin face and ragged-right, a header that fits its line, and numbers foreigners can dial —
/// in the DOCX and the HTML alike.
final class BrochureLayoutTests: ScratchDirectoryTestCase {
    let picture = TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueDraftingTests/Fixtures/WordImages/site-plan.png")

    /// The example project, changed by `edit`, written into the test directory with the picture
    /// beside it in `images/`.
    func project(in folder: String = ".", _ edit: (inout [String: Any]) -> Void = { _ in }) throws -> URL {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        object.removeValue(forKey: "$schema")
        edit(&object)
        let base = directory.appendingPathComponent(folder)
        let images = base.appendingPathComponent("images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data(contentsOf: picture).write(to: images.appendingPathComponent("cover.png"))
        try Data(contentsOf: picture).write(to: images.appendingPathComponent("封面 (1)_50%.png"))
        try Data(contentsOf: picture).write(to: images.appendingPathComponent("map.png"))
        let url = base.appendingPathComponent("project.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return url
    }

    func brochure(_ project: URL, _ file: String) throws -> URL {
        let output = directory.appendingPathComponent(file)
        let result = try QiyueProcess.run(["dossier", project.path, "--edition", "zh-en", "-o", output.path])
        XCTAssertEqual(result, .init(status: 0, stdout: "已写入 \(output.path)\n", stderr: ""))
        return output
    }

    func part(_ name: String, of url: URL) throws -> String {
        let zip = try ZipReader(data: try Data(contentsOf: url))
        return String(decoding: try XCTUnwrap(try zip.contents(ofEntryNamed: name)), as: UTF8.self)
    }

    func testTheCoverSetsTheNameInABandAboveThePicture() throws {
        // A space, parentheses, `_` and `%` in a file name do not break the picture.
        let withPictures = try project { $0["pictures"] = ["cover": "images/封面 (1)_50%.png", "location_map": "images/map.png"] }
        let docx = try brochure(withPictures, "b.docx")
        let body = try part("word/document.xml", of: docx)
        let band = try XCTUnwrap(body.components(separatedBy: "<w:tbl>").dropFirst().first?.components(separatedBy: "</w:tbl>").first)
        XCTAssertTrue(band.contains("w:fill=\"1F4E79\""), band)
        XCTAssertTrue(band.contains("普洱咖啡精深加工及产业服务平台项目</w:t>") && band.contains("<w:color w:val=\"FFFFFF\"/>"), band)
        XCTAssertTrue(band.contains("<w:trHeight w:val=\"\(DocxStyle.millimetres(62))\" w:hRule=\"exact\"/>"), band)
        // The cover picture follows the band directly, the map comes later in the text.
        let afterBand = try XCTUnwrap(body.components(separatedBy: "</w:tbl>").dropFirst().first)
        XCTAssertTrue(afterBand.hasPrefix("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/>") && afterBand.contains("<w:drawing>"), String(afterBand.prefix(300)))
        XCTAssertEqual(body.components(separatedBy: "<w:drawing>").count - 1, 2)
        let zip = try ZipReader(data: try Data(contentsOf: docx))
        XCTAssertEqual(zip.entries.filter { $0.name.hasPrefix("word/media/") }.count, 2)
        let html = try String(contentsOf: try brochure(withPictures, "b.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<header class=\"title-page cover\">\n<div class=\"band\">\n<h1>普洱咖啡精深加工及产业服务平台项目</h1>\n<h1 lang=\"en\">Pu&#39;er Coffee Deep Processing and Industry Service Platform Project</h1>\n"), String(html.prefix(6000)))
        XCTAssertTrue(html.contains("</div>\n<figure><img src=\"data:image/png;base64,"), "the picture follows the band")
    }

    /// A project without a picture still gets a cover that reads as one: the band, the place and
    /// the bureau, and the key figures at the foot of the page — no broken image, no empty half page.
    func testWithoutAPictureTheKeyFiguresFillTheCover() throws {
        let docx = try brochure(try project(), "b.docx")
        let body = try part("word/document.xml", of: docx)
        XCTAssertTrue(body.contains("<w:trHeight w:val=\"\(DocxStyle.millimetres(80))\" w:hRule=\"exact\"/>"))
        XCTAssertFalse(body.contains("<w:drawing>"))
        XCTAssertFalse(body.contains("![") || body.contains("cover.png"))
        // The first page ends after the panel: the overview starts the second page.
        let cover = try XCTUnwrap(body.components(separatedBy: "<w:pageBreakBefore/>").first)
        XCTAssertTrue(cover.contains("普洱市投资促进局") && cover.contains("6 亿元") && cover.contains("带动就业"), String(cover.suffix(2000)))
        XCTAssertFalse(cover.contains("项目概况"))
        XCTAssertEqual(cover.components(separatedBy: "<w:tbl>").count - 1, 2, "the band and the figures")
        let html = try String(contentsOf: try brochure(try project(), "b.html"), encoding: .utf8)
        let header = try XCTUnwrap(html.components(separatedBy: "<header class=\"title-page cover\">").dropFirst().first?.components(separatedBy: "</header>").first)
        XCTAssertTrue(header.contains("<div class=\"cover-figures\">\n<table class=\"key-figures\">"), header)
        XCTAssertEqual(html.components(separatedBy: "<table class=\"key-figures\">").count - 1, 1, "the panel is on the cover, once")
        XCTAssertFalse(html.contains("<img"))
    }

    /// With a picture the cover is full: the key figures open the next page.
    func testWithAPictureTheKeyFiguresFollowTheCover() throws {
        let withPicture = try project { $0["pictures"] = ["cover": "images/cover.png"] }
        let body = try part("word/document.xml", of: try brochure(withPicture, "b.docx"))
        let cover = try XCTUnwrap(body.components(separatedBy: "<w:br w:type=\"page\"/>").first)
        XCTAssertTrue(cover.contains("<w:drawing>"))
        XCTAssertFalse(cover.contains("6 亿元"), "the figures are not on a cover with a picture")
        let html = try String(contentsOf: try brochure(withPicture, "b.html"), encoding: .utf8)
        XCTAssertFalse(html.contains("<div class=\"cover-figures\">"))
        XCTAssertTrue(html.contains("</header>\n<table class=\"key-figures\">"), String(html.prefix(4000)))
    }

    func testKeyFiguresShowWhatTheProjectStates() throws {
        let body = try part("word/document.xml", of: try brochure(try project(), "b.docx"))
        let panel = try XCTUnwrap(body.components(separatedBy: "<w:tbl>").dropFirst(2).first?.components(separatedBy: "</w:tbl>").first)
        let texts = WordTextLines.lines(in: panel)
        XCTAssertEqual(texts, ["6 亿元", "RMB 600 million", "120 亩", "120 mu", "12 亿元", "RMB 1.2 billion", "350 人", "350 jobs",
                               "总投资", "Total investment", "用地", "Land", "达产年产值", "Annual output", "带动就业", "Jobs"])
        XCTAssertEqual(panel.components(separatedBy: "<w:gridCol ").count - 1, 4)
        // A figure the project does not state is left out, not printed blank.
        let withoutJobs = try project { object in
            var investment = object["investment"] as? [String: Any] ?? [:]
            investment.removeValue(forKey: "jobs")
            object["investment"] = investment
        }
        let fewer = try part("word/document.xml", of: try brochure(withoutJobs, "c.docx"))
        let smaller = try XCTUnwrap(fewer.components(separatedBy: "<w:tbl>").dropFirst(2).first?.components(separatedBy: "</w:tbl>").first)
        XCTAssertEqual(smaller.components(separatedBy: "<w:gridCol ").count - 1, 3)
        XCTAssertFalse(smaller.contains("带动就业") || smaller.contains("jobs"))
        let html = try String(contentsOf: try brochure(try project(), "b.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<table class=\"key-figures\">\n<tr><td>6 亿元<br><span lang=\"en\">RMB 600 million</span></td>"), html)
    }

    /// No line of a heading, table cell, cover or contact runs Chinese and English prose together.
    func testEachLineIsInOneLanguage() throws {
        for example in DraftingFixtures.examples {
            let name = DraftingFixtures.name(of: example)
            let output = directory.appendingPathComponent("\(name).docx")
            XCTAssertEqual(try QiyueProcess.run(["dossier", example.path, "--edition", "zh-en", "-o", output.path]).status, 0, name)
            let lines = WordTextLines.lines(in: try part("word/document.xml", of: output))
            XCTAssertGreaterThan(lines.count, 100, name)
            for line in lines {
                XCTAssertFalse(Self.mixesLanguages(line), "\(name): \(line)")
            }
            XCTAssertTrue(lines.contains("项目推介") && lines.contains("Investment Opportunity"), name)
            XCTAssertTrue(lines.contains("项目概况") && lines.contains("Project Overview"), name)
        }
    }

    /// Chinese beside two English words in one line (`项目推介 Investment Opportunity`);
    /// an acronym (10GW, LNG) or an e-mail address in a Chinese sentence is Chinese.
    static func mixesLanguages(_ line: String) -> Bool {
        let chinese = line.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
        return chinese && line.range(of: "[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}", options: .regularExpression) != nil
    }

    func testEnglishIsRaggedRightInALatinFaceAndChineseInChineseFaces() throws {
        let docx = try brochure(try project(), "b.docx")
        let styles = try part("word/styles.xml", of: docx)
        let normal = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"Normal\"").dropFirst().first?.components(separatedBy: "</w:style>").first)
        XCTAssertTrue(normal.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>"), normal)
        let heading = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"Heading2\"").dropFirst().first?.components(separatedBy: "</w:style>").first)
        XCTAssertTrue(heading.contains("w:ascii=\"Arial\"") && heading.contains("w:eastAsia=\"黑体\""), heading)
        let body = try part("word/document.xml", of: docx)
        let paragraphs = body.components(separatedBy: "<w:p>").dropFirst()
        let english = paragraphs.filter { WordTextLines.lines(in: "<w:p>" + $0).joined().hasPrefix("Building on Pu'er") }
        XCTAssertEqual(english.count, 1)
        XCTAssertTrue(english.first?.contains("<w:jc w:val=\"left\"/>") ?? false, english.first ?? "")
        let chinese = paragraphs.filter { WordTextLines.lines(in: "<w:p>" + $0).joined().hasPrefix("依托普洱咖啡原料基地") }
        XCTAssertEqual(chinese.count, 1)
        XCTAssertFalse(chinese.first?.contains("<w:jc w:val=\"left\"/>") ?? true)
        // The standard agreement keeps its Latin in the Chinese face: the layout is the brochure's.
        let agreement = directory.appendingPathComponent("a.docx")
        XCTAssertEqual(try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", agreement.path]).status, 0)
        XCTAssertFalse(try part("word/styles.xml", of: agreement).contains("Times New Roman"))
        let html = try String(contentsOf: try brochure(try project(), "b.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<p lang=\"en\">Building on Pu&#39;er"), "English paragraphs are marked")
        XCTAssertTrue(html.contains("<p>依托普洱咖啡原料基地"))
        XCTAssertTrue(html.contains("p:lang(en) { text-align: left; text-indent: 0;"))
        XCTAssertTrue(html.contains(":lang(en) { font-family: \"Times New Roman\", \"Liberation Serif\""))
        XCTAssertTrue(html.contains("<h2>项目概况<br><span lang=\"en\">Project Overview</span></h2>"))
    }

    func testTheHeaderFitsItsLineAndPhonesCarryTheCountryCode() throws {
        let docx = try brochure(try project(), "b.docx")
        let header = WordTextLines.lines(in: try part("word/header1.xml", of: docx))
        XCTAssertEqual(header, ["普洱咖啡精深加工及产业服务平台项目"])
        XCTAssertLessThanOrEqual(DisplayWidth.of(header[0]) * DocxStyle.characterWidth(DocxStyle.headerTextSize) / 2, DocxStyle.brochure.textWidth)
        let lines = WordTextLines.lines(in: try part("word/document.xml", of: docx))
        XCTAssertTrue(lines.contains("李明　电话 +86 879 2123456　电子邮箱 invest@example.gov.cn"), "\(lines.suffix(6))")
        XCTAssertTrue(lines.contains("Li Ming, Tel. +86 879 2123456, Email invest@example.gov.cn"), "\(lines.suffix(6))")
        XCTAssertFalse(lines.contains { $0.contains("0879-2123456") })
        // A number that has its country code already is left as typed.
        let abroad = try project { object in
            var contacts = object["contacts"] as? [[String: Any]] ?? []
            contacts[0]["phone"] = "+856 21 123456"
            object["contacts"] = contacts
        }
        let other = WordTextLines.lines(in: try part("word/document.xml", of: try brochure(abroad, "c.docx")))
        XCTAssertTrue(other.contains("Li Ming, Tel. +856 21 123456, Email invest@example.gov.cn"))
    }

    /// Only an output that shows the pictures reads them: the agreement drafts from a project
    /// whose brochure picture could not be placed.
    func testTheAgreementDoesNotReadTheBrochuresPictures() throws {
        let url = try project(in: "project") { $0["pictures"] = ["cover": "../outside.png"] }
        let output = directory.appendingPathComponent("a.md")
        let result = try QiyueProcess.run(["agreement", url.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("/pictures/cover"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path))
    }

    /// The picture is read from the project's directory only, as `image()` reads it: a path that
    /// climbs out is an error at the field, and nothing is written.
    func testAPictureOutsideTheProjectDirectoryIsRefused() throws {
        // The file exists, beside the project's folder: it is still outside.
        try Data(contentsOf: picture).write(to: directory.appendingPathComponent("outside.png"))
        let url = try project(in: "project") { $0["pictures"] = ["cover": "../outside.png"] }
        // The value starts at its opening quote (JSONSerialization writes `..\/outside.png`).
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex { $0.contains("\"cover\"") })
        let column = try XCTUnwrap(lines[line].range(of: "\"..")).lowerBound.utf16Offset(in: lines[line]) + 1
        let output = directory.appendingPathComponent("b.docx")
        let result = try QiyueProcess.run(["dossier", url.path, "--edition", "zh-en", "-o", output.path])
        let caret = String(repeating: " ", count: column - 1) + "^"
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: """
            \(url.path):\(line + 1):\(column): 错误: /pictures/cover: 图片“../outside.png”不在项目文件所在目录内、不存在，或不是 PNG/JPEG 图片
            \(lines[line])
            \(caret)

            """))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }
}

/// The lines of text in WordprocessingML: each paragraph's runs joined, split at `w:br`.
enum WordTextLines {
    static func lines(in xml: String) -> [String] {
        var lines: [String] = []
        for paragraph in xml.components(separatedBy: "<w:p>").dropFirst() {
            let body = paragraph.components(separatedBy: "</w:p>").first ?? ""
            for segment in body.components(separatedBy: "<w:br/>") {
                let pattern = "<w:t(?: [^>]*)?>([^<]*)</w:t>"
                let regex = try! NSRegularExpression(pattern: pattern)
                let range = NSRange(segment.startIndex..., in: segment)
                let text = regex.matches(in: segment, range: range).compactMap { Range($0.range(at: 1), in: segment).map { String(segment[$0]) } }.joined()
                let unescaped = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                if !unescaped.isEmpty { lines.append(unescaped) }
            }
        }
        return lines
    }
}
