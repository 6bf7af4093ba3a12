import Foundation
import QiyueCore

/// Brings an HTML file's bytes to UTF-8.
///
/// Chinese government and company pages are still often saved as GB2312/GBK. When a file is
/// not valid UTF-8 and declares one of those charsets (`<meta charset="gbk">`,
/// `content="text/html; charset=gb2312"`) in its first kilobytes, it is decoded as GB18030,
/// their superset, which Foundation supports on Linux. Line breaks are ASCII in both
/// encodings and columns count characters, so source positions stay exact.
enum HTMLCharset {
    /// GB18030 as a Foundation string encoding (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func utf8Bytes(of bytes: [UInt8]) throws -> [UInt8] {
        guard let invalid = UTF8Validation.firstInvalidOffset(in: bytes[...]) else { return bytes }
        if declaresChineseCharset(bytes), let text = String(data: Data(bytes), encoding: gb18030) {
            return Array(text.utf8)
        }
        let (line, column) = XMLScanner.lineAndColumn(of: invalid, in: bytes)
        throw DocumentReadError(
            LocalizedText(
                zh: "HTML 文件不是有效的 UTF-8 编码，也未声明 GBK/GB2312/GB18030 字符集，请先另存为 UTF-8",
                en: "the HTML file is not valid UTF-8 and declares no GBK/GB2312/GB18030 charset; save it as UTF-8 first"
            ),
            line: line, column: column
        )
    }

    /// Whether the first 2 KB declare `charset=gb2312`, `gbk` or `gb18030` (any case, quoted or not).
    static func declaresChineseCharset(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2_048).map { $0 < 0x80 ? $0 : UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return false }
        let value = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return ["gb2312", "gbk", "gb18030"].contains { value.hasPrefix($0) }
    }
}
