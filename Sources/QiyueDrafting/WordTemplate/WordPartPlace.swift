import Foundation

/// Where an offset of a Word part's XML is, as an officer sees it: the paragraph (counted
/// through the part in document order, table paragraphs included), the column in that
/// paragraph's text, the table cell when there is one, and the paragraph's text.
struct WordPartPlace: Equatable {
    var paragraph: Int
    var column: Int
    /// `(table, row, column)`, 1-based, when the paragraph is in a table cell.
    var cell: (table: Int, row: Int, column: Int)?
    var text: String

    static func == (lhs: WordPartPlace, rhs: WordPartPlace) -> Bool {
        lhs.paragraph == rhs.paragraph && lhs.column == rhs.column && lhs.text == rhs.text
            && lhs.cell?.table == rhs.cell?.table && lhs.cell?.row == rhs.cell?.row && lhs.cell?.column == rhs.cell?.column
    }

    /// The place of `offset` in `xml`.
    init(of offset: Int, in xml: [UInt8]) {
        var paragraphs = 0
        var paragraphStart = 0
        var index = 0
        while let found = ByteSearch.elementStart("p", in: xml, from: index, before: offset, selfClosing: true) {
            paragraphs += 1
            paragraphStart = found
            index = found + 1
        }
        paragraph = max(1, paragraphs)
        let paragraphEnd = ByteSearch.find(Array("</w:p>".utf8), in: xml, from: offset) ?? xml.count
        let before = Self.text(in: xml, from: paragraphStart, to: offset)
        column = before.count + 1
        text = Self.text(in: xml, from: paragraphStart, to: paragraphEnd)
        cell = Self.cell(of: paragraphStart, in: xml)
    }

    /// The text of the `<w:t>` elements between two offsets, unescaped; an element cut by `end` counts up to it.
    static func text(in xml: [UInt8], from start: Int, to end: Int) -> String {
        var result = ""
        var index = start
        let open = Array("<w:t".utf8), close = Array("</w:t>".utf8)
        while let found = ByteSearch.find(open, in: xml, from: index, before: end) {
            let after = found + open.count
            guard after < xml.count, xml[after] == UInt8(ascii: ">") || xml[after] == UInt8(ascii: " "),
                  let tagEnd = xml[after..<min(end, xml.count)].firstIndex(of: UInt8(ascii: ">")) else {
                index = found + 1
                continue
            }
            if xml[tagEnd - 1] == UInt8(ascii: "/") { index = tagEnd + 1; continue }
            let contentEnd = min(ByteSearch.find(close, in: xml, from: tagEnd + 1) ?? xml.count, end)
            if contentEnd > tagEnd + 1 { result += unescaped(String(decoding: xml[(tagEnd + 1)..<contentEnd], as: UTF8.self)) }
            index = contentEnd
        }
        return result
    }

    /// XML text with the predefined entities and character references resolved.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].prefix(12).firstIndex(of: ";") else {
                result += rest[amp...]
                return result
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += rest[amp...semicolon] }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The table, row and cell of the paragraph starting at `offset`, counted as Word shows them
    /// (tables nested in cells are counted among the tables; rows and cells within the innermost).
    private static func cell(of offset: Int, in xml: [UInt8]) -> (table: Int, row: Int, column: Int)? {
        var tables = 0
        var open: [(table: Int, rows: Int, cells: Int)] = []
        var index = 0
        let tableEnd = Array("</w:tbl>".utf8), rowEnd = Array("</w:tr>".utf8)
        while index < offset {
            guard xml[index] == UInt8(ascii: "<") else { index += 1; continue }
            if ByteSearch.matches(tableEnd, in: xml, at: index) {
                if !open.isEmpty { open.removeLast() }
            } else if ByteSearch.matches(rowEnd, in: xml, at: index) {
                if !open.isEmpty { open[open.count - 1].cells = 0 }
            } else if ByteSearch.elementStart("tbl", in: xml, from: index, before: index + 8) == index {
                tables += 1
                open.append((tables, 0, 0))
            } else if ByteSearch.elementStart("tr", in: xml, from: index, before: index + 7) == index, !open.isEmpty {
                open[open.count - 1].rows += 1
            } else if ByteSearch.elementStart("tc", in: xml, from: index, before: index + 7) == index, !open.isEmpty {
                open[open.count - 1].cells += 1
            }
            index += 1
        }
        guard let innermost = open.last, innermost.rows > 0, innermost.cells > 0 else { return nil }
        return (innermost.table, innermost.rows, innermost.cells)
    }
}
