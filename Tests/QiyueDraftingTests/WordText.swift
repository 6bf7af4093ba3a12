import Foundation
import QiyueDocuments

/// The texts python-docx gives for a Word package, for comparing with docxtpl's output:
/// per part (`document`, `header1`, `footer1`, …), every paragraph in document order, tables
/// included, its `<w:t>` text joined with `\n` for a line break (not a page break) and `\t` for a tab.
enum WordText {
    static func texts(of data: Data) throws -> [String: [String]] {
        let package = try ZipReader(data: data)
        var result: [String: [String]] = [:]
        for entry in package.entries where entry.name.hasPrefix("word/") && entry.name.hasSuffix(".xml") {
            let file = String(entry.name.dropFirst("word/".count).dropLast(".xml".count))
            guard file == "document" || file.hasPrefix("header") || file.hasPrefix("footer"), !file.contains("/") else { continue }
            let xml = String(decoding: try package.contents(of: entry), as: UTF8.self)
            result[file] = paragraphs(in: xml)
        }
        return result
    }

    /// The paragraphs of one part; a scan of start and end tags is enough for these parts.
    static func paragraphs(in xml: String) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        var inText = false
        var rest = Substring(xml)
        while let open = rest.firstIndex(of: "<") {
            if inText, current != nil { current! += unescape(rest[..<open]) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let closing = tag.hasPrefix("/")
            let bare = closing ? tag.dropFirst() : tag
            let name = (closing ? "/" : "") + (bare.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? "")
            let selfClosing = tag.hasSuffix("/")
            switch name {
            case "w:p":
                if selfClosing { paragraphs.append("") } else { current = "" }
            case "/w:p":
                if let text = current { paragraphs.append(text) }
                current = nil
            case "w:t": inText = !selfClosing
            case "/w:t": inText = false
            // As python-docx: a page or column break is layout, not a line of the text.
            case "w:br" where tag.contains("w:type=\"page\"") || tag.contains("w:type=\"column\""): break
            case "w:br", "w:cr": current? += "\n"
            case "w:tab": current? += "\t"
            default: break
            }
            rest = rest[rest.index(after: close)...]
        }
        return paragraphs
    }

    static func unescape(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#34;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
