import QiyueCore
import Foundation

/// Inline content: runs with their formatting, hyperlinks, line breaks and tabs.
extension DocxBodyWriter {
    /// The character formatting accumulated while descending into nested inlines.
    struct RunFormat {
        var bold = false
        var italic = false
        var underline = false
        var superscript = false
        var code = false
        var hyperlink = false
    }

    static let hyperlinkRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    /// The runs of `inlines`, each naming `font` for all scripts so Chinese never falls back to
    /// a Japanese or Latin face even when a reader ignores the style's fonts.
    func runs(_ inlines: [Inline], font: String, format: RunFormat = RunFormat()) -> String {
        var xml = ""
        for inline in inlines { appendRuns(inline, font: font, format: format, to: &xml) }
        return xml
    }

    private func appendRuns(_ inline: Inline, font: String, format: RunFormat, to xml: inout String) {
        var inner = format
        switch inline {
        case let .text(text):
            xml += run(DocxBodyWriter.textElements(text), font: font, format: format)
        case let .code(text):
            inner.code = true
            xml += run(DocxBodyWriter.textElements(text), font: font, format: inner)
        case .lineBreak:
            xml += "<w:r><w:br/></w:r>"
        case let .bold(content):
            inner.bold = true
            for child in content { appendRuns(child, font: font, format: inner, to: &xml) }
        case let .italic(content):
            inner.italic = true
            for child in content { appendRuns(child, font: font, format: inner, to: &xml) }
        case let .underline(content):
            inner.underline = true
            for child in content { appendRuns(child, font: font, format: inner, to: &xml) }
        case let .superscript(content):
            inner.superscript = true
            for child in content { appendRuns(child, font: font, format: inner, to: &xml) }
        case let .link(url, content):
            guard !format.hyperlink, LinkTarget.isSafe(url) else {
                for child in content { appendRuns(child, font: font, format: format, to: &xml) }
                return
            }
            inner.hyperlink = true
            if url.hasPrefix("#") {
                xml += "<w:hyperlink w:anchor=\"\(XMLEscaping.escape(String(url.dropFirst())))\" w:history=\"1\">"
            } else {
                let id = addRelationship(type: Self.hyperlinkRelationship, target: Self.relationshipTarget(url), isExternal: true)
                xml += "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">"
            }
            for child in content { appendRuns(child, font: font, format: inner, to: &xml) }
            xml += "</w:hyperlink>"
        }
    }

    private func run(_ content: String, font: String, format: RunFormat) -> String {
        guard !content.isEmpty else { return "" }
        var properties = ""
        if format.code {
            properties += "<w:rStyle w:val=\"\(DocxStylesPart.ID.code)\"/>"
            let name = XMLEscaping.escape(font)
            properties += "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:eastAsia=\"\(name)\" w:cs=\"Courier New\"/>"
        } else if format.hyperlink {
            properties += "<w:rStyle w:val=\"\(DocxStylesPart.ID.hyperlink)\"/>" + style.runFonts(font)
        } else {
            properties += style.runFonts(font)
        }
        if format.bold { properties += "<w:b/><w:bCs/>" }
        if format.italic { properties += "<w:i/><w:iCs/>" }
        if format.underline { properties += "<w:u w:val=\"single\"/>" }
        if format.superscript { properties += "<w:vertAlign w:val=\"superscript\"/>" }
        return "<w:r><w:rPr>\(properties)</w:rPr>\(content)</w:r>"
    }

    /// `w:t` elements for `text`, with tabs as `w:tab` and line feeds as `w:br`, escaped and
    /// stripped of characters XML cannot hold.
    static func textElements(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(XMLEscaping.escape(text))</w:t>"
        }
        var xml = ""
        var segment = ""
        func flush() {
            if !segment.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLEscaping.escape(segment))</w:t>" }
            segment = ""
        }
        for character in text {
            switch character {
            case "\t": flush(); xml += "<w:tab/>"
            case "\n", "\r", "\r\n": flush(); xml += "<w:br/>"
            default: segment.append(character)
            }
        }
        flush()
        return xml
    }

    /// A relationship target must be a URI: spaces and non-ASCII characters are percent-encoded
    /// (existing `%xx` escapes are kept), since Word rejects a package with a malformed target.
    static func relationshipTarget(_ url: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.insert(charactersIn: "#%")
        return url.addingPercentEncoding(withAllowedCharacters: allowed) ?? url
    }

    /// Registers a relationship of `document.xml` and returns its id.
    func addRelationship(type: String, target: String, isExternal: Bool) -> String {
        let id = "rIdQ\(relationships.count + 1)"
        relationships.append(Relationship(id: id, type: type, target: target, isExternal: isExternal))
        return id
    }

    /// `runs` with `properties` (a colour, bold…) and a size added to each run's properties.
    func coloured(_ runs: String, colour properties: String, size: Int) -> String {
        runs.replacingOccurrences(of: "</w:rPr>", with: "\(properties)<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>")
    }
}
