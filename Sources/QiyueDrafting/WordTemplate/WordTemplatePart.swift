import QiyueTemplate

/// One XML part of a Word template (the body, a header, a footer, the footnotes) prepared
/// and compiled: the original XML for error places, the patched text and its template.
struct WordTemplatePart: Sendable {
    /// The part's name in the package (`word/document.xml`).
    let name: String
    /// The original XML, line breaks normalised as the template engine reads them.
    let xml: [UInt8]
    let patched: MappedText
    let template: Template
    /// Where each `image()` call was typed, as offsets of `xml`, by call number.
    var imageSites: [Int] = []

    /// Whether a part of the package can hold template tags.
    static func holdsText(_ name: String) -> Bool {
        guard name.hasPrefix("word/"), name.hasSuffix(".xml"), !name.contains("/_rels/") else { return false }
        let file = name.dropFirst("word/".count)
        return file == "document.xml" || file == "footnotes.xml" || file == "endnotes.xml"
            || file.hasPrefix("header") || file.hasPrefix("footer")
    }

    /// How the part is named in messages: nothing for the body, `页眉1` / `header1` otherwise.
    static func label(of name: String, zh: Bool) -> String? {
        let file = String(name.dropFirst("word/".count).dropLast(".xml".count))
        if file == "document" { return nil }
        for (prefix, chinese) in [("header", "页眉"), ("footer", "页脚")] where file.hasPrefix(prefix) {
            return zh ? chinese + file.dropFirst(prefix.count) : file
        }
        if file == "footnotes" { return zh ? "脚注" : "footnotes" }
        if file == "endnotes" { return zh ? "尾注" : "endnotes" }
        return file
    }
}
