import Foundation
import QiyueCore

/// Loading the pictures a Markdown document refers to.
extension MarkdownDocumentBuilder {
    /// The picture at `source` — a `data:` URI or a PNG/JPEG file given by a relative path
    /// inside the base directory — or `nil` with a warning, in which case the Markdown stays as text.
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
            // One message for a missing file, a file outside the directory and an unreadable
            // one: a draft from elsewhere must not learn which files exist on this machine.
            guard let url = LocalImagePath.resolve(source.removingPercentEncoding ?? source, inside: base),
                  let contents = LocalImagePath.read(url, maximumBytes: reader.maximumImageBytes)
            else {
                warn(zh ? "图片“\(source)”不在文档所在目录内、不存在或无法读取，按原文保留"
                        : "image '\(source)' is not a readable file inside the document's directory; kept as text",
                     at: location, length: length)
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
