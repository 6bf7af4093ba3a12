import Foundation
import QiyueCore
import QiyueDocuments
import QiyueTemplate

/// A Word document with `{{ }}` and `{% %}` typed into it, rendered as docxtpl renders it.
///
/// The body, headers, footers, footnotes and endnotes are each turned into a template
/// (`WordTemplatePatcher`), compiled as XML so that every value is escaped for XML, and
/// rendered with the same engine and filters as the text templates. Everything else in the
/// package — styles, numbering, images, settings — is copied as it is: the document is edited
/// in place, not rebuilt. A line feed in a value becomes a line break, a tab a tab. Errors name
/// the file, the part when it is not the body, the paragraph and the column in its text:
/// `模板.docx:第12段:8: 错误: …`. Rendering either produces the whole package or throws.
public struct WordTemplate: Sendable {
    /// The template file as named in messages.
    public let path: String
    let language: Language
    let package: ZipReader
    let parts: [WordTemplatePart]

    public init(data: Data, path: String, language: Language) throws {
        self.path = path
        self.language = language
        do {
            package = try ZipReader(data: data)
        } catch {
            throw Self.fileError(path, language, zh: "不是有效的 Word 文档（\(error)）", en: "not a valid Word document (\(error))")
        }
        guard package.entry(named: "word/document.xml") != nil else {
            throw Self.fileError(path, language, zh: "不是 Word 文档：缺少 word/document.xml", en: "not a Word document: word/document.xml is missing")
        }
        let environment = TemplateEnvironment(root: nil, options: TemplateOptions(language: language))
        var parts: [WordTemplatePart] = []
        for entry in package.entries where WordTemplatePart.holdsText(entry.name) {
            var xml = try package.contents(of: entry)
            if xml.contains(0x0D) { xml = Array(String(decoding: xml, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").utf8) }
            let (patched, sites) = WordImageSites.mark(WordTemplatePatcher.patch(xml))
            do {
                let template = try environment.template(source: String(decoding: patched.bytes, as: UTF8.self), name: entry.name)
                parts.append(WordTemplatePart(name: entry.name, xml: xml, patched: patched, template: template, imageSites: sites))
            } catch let error as TemplateError {
                throw Self.located(error, xml: xml, patched: patched, part: entry.name, path: path, language: language)
            }
        }
        self.parts = parts
    }

    /// What the template declares in its `qiyue.declaration` property (nothing when it has none).
    public func declaration() throws(DraftingFailure) -> DraftTemplateHeader {
        try WordTemplateDeclaration.header(in: package, path: path, language: language)
    }

    /// The variable paths the template reads, over all its parts, in order of first use.
    public var variables: [String] {
        var seen: Set<String> = []
        return parts.flatMap(\.template.variables).filter { seen.insert($0).inserted }
    }

    /// The rendered package: the text parts filled in, and the pictures `image()` placed with
    /// their relationships and content types. `imageRoots` are the directories pictures may
    /// come from (default: the template's own).
    public func render(_ data: TemplateValue, imageRoots: [URL]? = nil) throws -> Data {
        var rendered: [String: String] = [:]
        let roots = imageRoots ?? [URL(fileURLWithPath: path).deletingLastPathComponent()]
        for part in parts {
            do {
                rendered[part.name] = WordListing.resolve(try part.template.render(data))
            } catch let error as TemplateError {
                throw Self.located(error, xml: part.xml, patched: part.patched, part: part.name, path: path, language: language)
            }
        }
        var images: WordImageEmbedder?
        for part in parts where !part.imageSites.isEmpty {
            var embedder = WordImageEmbedder(roots: roots, fail: { message, site in
                let offset = site < part.imageSites.count ? part.imageSites[site] : 0
                return Self.located(message, atOriginal: offset, xml: part.xml, part: part.name, path: self.path, language: self.language)
            }, media: images?.media ?? [], relationships: images?.relationships ?? [:])
            rendered[part.name] = try embedder.embed(in: rendered[part.name] ?? "", part: part.name)
            images = embedder
        }
        var writer = ZipWriter()
        var replaced = rendered
        if let images, !images.media.isEmpty {
            let types = try package.contents(ofEntryNamed: "[Content_Types].xml").map { String(decoding: $0, as: UTF8.self) } ?? ""
            replaced["[Content_Types].xml"] = WordImageXML.contentTypes(types, extensions: Set(images.media.map { ($0.name as NSString).pathExtension }))
            for (part, added) in images.relationships {
                let name = WordImageXML.relationshipsName(of: part)
                let existing = try package.contents(ofEntryNamed: name).map { String(decoding: $0, as: UTF8.self) }
                replaced[name] = WordImageXML.relationships(existing, adding: added)
            }
        }
        for entry in package.entries where !entry.isDirectory {
            if let text = replaced.removeValue(forKey: entry.name) {
                try writer.add(entry.name, text: text)
            } else {
                try writer.add(entry.name, data: Data(try package.contents(of: entry)))
            }
        }
        for (name, text) in replaced.sorted(by: { $0.key < $1.key }) where rendered[name] == nil { try writer.add(name, text: text) }
        for file in images?.media ?? [] { try writer.add(file.name, data: file.data) }
        return try writer.finish()
    }

    /// An error of the Word layer (a picture that cannot be placed) at a place of the part's XML.
    static func located(_ message: LocalizedText, atOriginal offset: Int, xml: [UInt8], part: String, path: String, language: Language) -> TemplateError {
        let text = language == .zh ? message.zh : message.en
        let error = TemplateError(diagnostic: .error(text, at: SourceLocation(file: part, line: 1, column: 1)), sourceLine: nil)
        return place(error, original: offset, xml: xml, part: part, path: path, language: language)
    }

    /// The engine's error moved from the prepared XML to the paragraph the tag was typed in.
    static func located(_ error: TemplateError, xml: [UInt8], patched: MappedText, part: String, path: String, language: Language) -> TemplateError {
        let diagnostic = error.diagnostic
        guard let location = diagnostic.location, location.file == part else { return error }
        let offset = Self.offset(line: location.line, column: location.column, in: patched.bytes)
        return place(error, original: patched.original(of: offset), xml: xml, part: part, path: path, language: language)
    }

    /// `error` moved to the paragraph (and cell) holding `original`, an offset of the part's XML.
    static func place(_ error: TemplateError, original: Int, xml: [UInt8], part: String, path: String, language: Language) -> TemplateError {
        var diagnostic = error.diagnostic
        let place = WordPartPlace(of: original, in: xml)
        let zh = language == .zh
        var label = zh ? "第\(place.paragraph)段" : "paragraph \(place.paragraph)"
        if let cell = place.cell {
            label += zh ? "（表\(cell.table)第\(cell.row)行第\(cell.column)列）" : " (table \(cell.table), row \(cell.row), cell \(cell.column))"
        }
        if let partLabel = WordTemplatePart.label(of: part, zh: zh) { label = partLabel + ":" + label }
        diagnostic.location = SourceLocation(file: path, line: place.paragraph, column: place.column, lineLabel: label)
        return TemplateError(diagnostic: diagnostic, sourceLine: place.text)
    }

    /// The UTF-8 offset of a 1-based line and character column.
    static func offset(line: Int, column: Int, in bytes: [UInt8]) -> Int {
        var index = 0
        var currentLine = 1
        while currentLine < line, let newline = bytes[index...].firstIndex(of: 0x0A) {
            index = newline + 1
            currentLine += 1
        }
        let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
        let text = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
        return index + String(text.prefix(max(0, column - 1))).utf8.count
    }

    static func fileError(_ path: String, _ language: Language, zh: String, en: String) -> TemplateError {
        TemplateError(diagnostic: .error(language == .zh ? zh : en, at: SourceLocation(file: path, line: 1, column: 1)), sourceLine: nil)
    }
}
