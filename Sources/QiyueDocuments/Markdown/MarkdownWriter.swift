import Foundation

/// Writes a `Document` as Markdown that `MarkdownReader` reads back to the same document,
/// metadata included (as a front-matter block when there is any to keep).
///
/// Text is escaped only where Markdown would otherwise read it as markup, so Chinese prose
/// stays readable in a diff. Title pages and signature blocks use the attribute-line
/// extension; merged table cells, which pipe tables cannot express, keep their text in the
/// first cell they cover.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func write(_ document: Document) -> String {
        var parts = blocks(document.blocks)
        // A body that opens with `---` could be taken for a front-matter block when the next
        // paragraph looks like `作者：…`; the other spelling of a break cannot.
        if case .thematicBreak? = document.blocks.first { parts[0] = "***" }
        if let frontMatter = MarkdownFrontMatterWriter.block(for: document.metadata, blocks: document.blocks) {
            parts.insert(frontMatter, at: 0)
        }
        let text = parts.joined(separator: "\n\n")
        return text.isEmpty ? "" : text + "\n"
    }

    private func blocks(_ blocks: [Block]) -> [String] {
        blocks.map(block)
    }

    private func block(_ block: Block) -> String {
        switch block {
        case let .heading(level, content):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + MarkdownInlineWriter.write(content, lineBreak: " ")
        case let .paragraph(content):
            return MarkdownInlineWriter.write(content, atLineStart: true)
        case let .clause(label, content, children):
            let own = MarkdownInlineWriter.escapeText(label, atLineStart: true) + ClauseLabel.separator(after: label, before: content) + MarkdownInlineWriter.write(content)
            return ([own] + blocks(children)).joined(separator: "\n\n")
        case let .list(ordered, start, items):
            var number = start
            let loose = items.contains { $0.count > 1 }
            return items.map { item -> String in
                let marker = ordered ? "\(number). " : "- "
                number += 1
                let body = blocks(item).joined(separator: "\n\n")
                return marker + indent(body, by: marker.count)
            }.joined(separator: loose ? "\n\n" : "\n")
        case let .blockQuote(children):
            return blocks(children).joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case let .table(table):
            return self.table(table)
        case let .image(image):
            return Self.picture(image)
        case .pageBreak:
            return "\\pagebreak"
        case .thematicBreak:
            return "---"
        case let .signatureBlock(parties):
            let header = parties.map { $0.name.isEmpty ? $0.role : "\($0.role)：\($0.name)" }
            let depth = parties.map(\.lines.count).max() ?? 0
            let rows = (0..<depth).map { index in parties.map { index < $0.lines.count ? $0.lines[index] : "" } }
            return "{.signature}\n" + pipeTable([header] + rows, alignments: [], escape: true)
        case let .titlePage(title, subtitle, lines, cover):
            var rows = ([title, subtitle].filter { !$0.isEmpty } + lines).map { MarkdownInlineWriter.write($0, atLineStart: true, lineBreak: " ") }
            // A cover's picture is a line of its own after the title and subtitle, as the reader takes it.
            if let picture = cover?.picture { rows.insert(Self.picture(picture), at: min(subtitle.isEmpty ? 1 : 2, rows.count)) }
            return (cover == nil ? "{.title}\n" : "{.cover}\n") + rows.joined(separator: "\n")
        }
    }

    /// A picture as Markdown, its bytes inline (`data:`), so the file stands alone, and its size when it has one.
    static func picture(_ image: Image) -> String {
        let mime = image.format == .png ? "image/png" : "image/jpeg"
        var size = [("width", image.widthPoints), ("height", image.heightPoints)].compactMap { name, points in
            points.map { "\(name)=\(Self.number($0))pt" }
        }.joined(separator: " ")
        if !size.isEmpty { size = "{\(size)}" }
        return "![\(MarkdownInlineWriter.escapeText(image.altText))](data:\(mime);base64,\(image.data.base64EncodedString()))\(size)"
    }

    /// A length without a needless fraction (`170`, not `170.0`), else the shortest decimal that
    /// reads back as the same number, so sizes survive a round trip exactly.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : "\(value)"
    }

    private func indent(_ text: String, by width: Int) -> String {
        let padding = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : padding + $0.element }.joined(separator: "\n")
    }

    private func table(_ table: Table) -> String {
        let grid = TableGrid(table)
        let rows = grid.rows.map { slots in
            slots.map { slot -> String in
                if case let .cell(cell, _) = slot { return MarkdownInlineWriter.write(cell.content, lineBreak: "<br>", inTable: true) }
                return ""
            }
        }
        // Pipe tables always have a header row; an empty one keeps a header-less table's rows in the body.
        let header = table.headerRowCount == 0 ? [Array(repeating: "", count: grid.columnCount)] : []
        return pipeTable(header + rows, alignments: table.alignments, escape: false)
    }

    /// A pipe table with the first row as header; cells are expected to be escaped already
    /// unless `escape` is set.
    private func pipeTable(_ rows: [[String]], alignments: [TableAlignment], escape: Bool) -> String {
        guard let header = rows.first else { return "" }
        let width = rows.map(\.count).max() ?? 0
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { escape ? MarkdownInlineWriter.escapeText($0) : $0 }.joined(separator: " | ") + " |"
        }
        let delimiter = (0..<width).map { column -> String in
            switch column < alignments.count ? alignments[column] : .left {
            case .left: return "---"
            case .center: return ":---:"
            case .right: return "---:"
            }
        }
        return ([line(header), "| " + delimiter.joined(separator: " | ") + " |"] + rows.dropFirst().map(line)).joined(separator: "\n")
    }
}
