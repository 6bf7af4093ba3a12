import Foundation
import QiyueCore
import QiyueDocuments

/// Turns the markers `image()` printed into pictures, and gathers the files they need.
///
/// A picture's path is resolved against the template's directory and then the data's, with
/// symbolic links resolved, and must end inside one of them: a template handed round by
/// e-mail must not be able to pull `/etc/passwd` or `../../工资表.png` into a document. Only PNG
/// and JPEG are embedded, recognised by their bytes, not their names. Any problem throws,
/// before anything is written.
struct WordImageEmbedder {
    let roots: [URL]
    /// What a failure is reported as: the message and the call's site number.
    let fail: (LocalizedText, Int) -> Error
    /// The pictures placed so far, over all parts, numbered in one sequence.
    private(set) var media: [(name: String, data: Data)] = []
    /// Relationships to add, by the part that refers to them.
    private(set) var relationships: [String: [(id: String, target: String)]] = [:]

    init(roots: [URL], fail: @escaping (LocalizedText, Int) -> Error,
         media: [(name: String, data: Data)] = [], relationships: [String: [(id: String, target: String)]] = [:]) {
        self.roots = roots
        self.fail = fail
        self.media = media
        self.relationships = relationships
    }

    /// `xml` with every marker replaced by a run holding its picture.
    mutating func embed(in xml: String, part: String) throws -> String {
        guard xml.contains(WordImageSites.open) else { return xml }
        var result = ""
        var rest = Substring(xml)
        while let start = rest.firstIndex(of: WordImageSites.open), let end = rest[start...].firstIndex(of: WordImageSites.close) {
            result += rest[..<start]
            let fields = rest[rest.index(after: start)..<end].split(separator: WordImageSites.separator, omittingEmptySubsequences: false).map(String.init)
            result += try drawing(fields, part: part)
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    private mutating func drawing(_ fields: [String], part: String) throws -> String {
        let site = Int(fields.first ?? "") ?? 0
        guard fields.count == 4 else { throw fail(LocalizedText(zh: "image() 的参数无效", en: "invalid arguments to image()"), site) }
        let path = WordPartPlace.unescaped(fields[1])
        let data = try load(path, site: site)
        guard let format = ImageProbe.format(of: data), let pixels = ImageProbe.pixelSize(of: data), pixels.width > 0, pixels.height > 0 else {
            throw fail(LocalizedText(zh: "图片 \(path) 不是 PNG 或 JPEG 文件", en: "the picture \(path) is not a PNG or JPEG file"), site)
        }
        let size = try Self.size(width: fields[2], height: fields[3], pixels: pixels, path: path, site: site, fail: fail)
        let number = media.count + 1
        let name = "media/qiyue-image\(number).\(format == .png ? "png" : "jpeg")"
        media.append((name: "word/" + name, data: data))
        let id = "rIdQiyueImage\(number)"
        relationships[part, default: []].append((id, name))
        return WordImageXML.run(id: id, number: number, width: size.width, height: size.height, description: (path as NSString).lastPathComponent)
    }

    /// The bytes of the first root's file of that name that lies inside its root.
    private func load(_ path: String, site: Int) throws -> Data {
        guard !path.isEmpty, !path.hasPrefix("/") else {
            throw fail(LocalizedText(zh: "图片路径须相对于模板或数据所在目录：\(path)", en: "a picture's path must be relative to the template's or the data's directory: \(path)"), site)
        }
        var outside = false
        for root in roots {
            let base = root.resolvingSymlinksInPath().standardizedFileURL.path
            let file = root.appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL.path
            guard file.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                outside = outside || FileManager.default.fileExists(atPath: file)
                continue
            }
            if let data = FileManager.default.contents(atPath: file) { return data }
        }
        if outside {
            throw fail(LocalizedText(zh: "图片 \(path) 不在模板或数据所在的目录内", en: "the picture \(path) is outside the template's and the data's directories"), site)
        }
        throw fail(LocalizedText(zh: "找不到图片 \(path)（在模板或数据所在的目录中）", en: "no picture \(path) in the template's or the data's directory"), site)
    }

    /// The picture's size in EMU: `width_mm` and/or `height_mm`, the other side by the
    /// picture's proportions; neither gives its pixel size at 96 dpi.
    static func size(width: String, height: String, pixels: (width: Int, height: Int), path: String, site: Int,
                     fail: (LocalizedText, Int) -> Error) throws -> (width: Int, height: Int) {
        func millimetres(_ text: String) throws -> Double? {
            if text == "None" || text.isEmpty { return nil }
            guard let value = Double(text), value > 0, value <= 2000 else {
                throw fail(LocalizedText(zh: "图片 \(path) 的尺寸无效：\(text)", en: "invalid size for the picture \(path): \(text)"), site)
            }
            return value
        }
        let emuPerMillimetre = 36_000.0
        let ratio = Double(pixels.height) / Double(pixels.width)
        switch (try millimetres(width), try millimetres(height)) {
        case let (w?, h?): return (Int(w * emuPerMillimetre), Int(h * emuPerMillimetre))
        case let (w?, nil): return (Int(w * emuPerMillimetre), Int(w * ratio * emuPerMillimetre))
        case let (nil, h?): return (Int(h / ratio * emuPerMillimetre), Int(h * emuPerMillimetre))
        case (nil, nil): return (pixels.width * 9525, pixels.height * 9525)
        }
    }
}
