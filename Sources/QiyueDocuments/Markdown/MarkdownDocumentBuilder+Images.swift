import Foundation
import QiyueCore

/// Loading the pictures a Markdown document refers to.
extension MarkdownDocumentBuilder {
    /// The picture at `source` — a `data:` URI or a PNG/JPEG file relative to the base
    /// directory — or `nil` with a warning, in which case the Markdown stays as text.
    func loadImage(source: String, alt: String, at location: SourceLocation, length: Int) -> Image? {
        let zh = reader.language == .zh
        let data: Data
        if source.lowercased().hasPrefix("data:") {
            guard let comma = source.firstIndex(of: ","), source[..<comma].lowercased().hasSuffix(";base64"),
                  let decoded = Data(base64Encoded: String(source[source.index(after: comma)...]), options: .ignoreUnknownCharacters)
            else {
                warn(zh ? "无法解码图片的 data URI（需要 base64）" : "cannot decode the image data URI (base64 expected)", at: location, length: length)
                return nil
            }
            data = decoded
        } else if MarkdownInlineParser.isAbsoluteURI(source) {
            warn(zh ? "不下载网络图片“\(source)”，按原文保留" : "remote image '\(source)' is not downloaded; kept as text", at: location, length: length)
            return nil
        } else {
            guard let base = reader.baseDirectory else {
                warn(zh ? "未指定图片目录，图片“\(source)”按原文保留" : "no base directory for images; '\(source)' kept as text", at: location, length: length)
                return nil
            }
            let path = source.removingPercentEncoding ?? source
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
            guard let size else {
                warn(zh ? "找不到图片文件“\(source)”" : "image file '\(source)' not found", at: location, length: length)
                return nil
            }
            guard size <= reader.maximumImageBytes, let contents = try? Data(contentsOf: url) else {
                warn(zh ? "图片文件“\(source)”过大或无法读取" : "image file '\(source)' is too large or unreadable", at: location, length: length)
                return nil
            }
            data = contents
        }
        guard data.count <= reader.maximumImageBytes, let format = ImageProbe.format(of: data), ImageProbe.pixelSize(of: data) != nil else {
            warn(zh ? "“\(source.prefix(60))”不是有效的 PNG 或 JPEG 图片" : "'\(source.prefix(60))' is not a valid PNG or JPEG image", at: location, length: length)
            return nil
        }
        return Image(data: data, format: format, altText: alt)
    }
}
