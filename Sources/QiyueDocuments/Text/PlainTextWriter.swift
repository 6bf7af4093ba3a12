import Foundation
import QiyueCore

/// Writes a `Document` as plain text for the terminal and for diffing two drafts.
///
/// Blocks are separated by a blank line; clauses keep their labels; lists get `•` or their
/// numbers; table columns are padded to equal display width (Chinese characters count two
/// columns) and separated by `|`; a picture shows as `[图片：说明]`. Formatting is dropped.
public struct PlainTextWriter: Sendable {
    public init() {}

    public func write(_ document: Document) -> String {
        let text = document.blocks.map(block).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? "" : text + "\n"
    }

    private func block(_ block: Block) -> String {
        switch block {
        case let .heading(_, content), let .paragraph(content):
            return content.plainText
        case let .clause(label, content, children):
            let own = label + ClauseLabel.separator(after: label, before: content) + content.plainText
            return ([own] + children.map(self.block)).joined(separator: "\n")
        case let .list(ordered, start, items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(start + index). " : "• "
                let body = item.map(self.block).joined(separator: "\n")
                let padding = String(repeating: " ", count: marker.count)
                return marker + body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                    .map { $0.offset == 0 ? String($0.element) : padding + $0.element }.joined(separator: "\n")
            }.joined(separator: "\n")
        case let .blockQuote(children):
            return children.map(self.block).joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n")
        case let .table(table):
            return self.table(table)
        case let .image(image):
            return image.altText.isEmpty ? "[图片]" : "[图片：\(image.altText)]"
        case .pageBreak:
            return ""
        case .thematicBreak:
            return "* * *"
        case let .signatureBlock(parties):
            return parties.map { party in
                ([party.name.isEmpty ? party.role : "\(party.role)：\(party.name)"] + party.lines).joined(separator: "\n")
            }.joined(separator: "\n\n")
        case let .titlePage(title, subtitle, lines, _):
            return ([title, subtitle].filter { !$0.isEmpty } + lines).map(\.plainText).joined(separator: "\n")
        }
    }

    private func table(_ table: Table) -> String {
        let grid = TableGrid(table)
        let rows = grid.rows.map { slots in
            slots.map { slot -> String in
                if case let .cell(cell, _) = slot { return cell.content.plainText.replacingOccurrences(of: "\n", with: " ") }
                return ""
            }
        }
        var widths = Array(repeating: 0, count: grid.columnCount)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) } }
        return rows.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            }.joined(separator: " | ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    /// The string without trailing spaces (padding of a table's last column).
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.utf8.last == 0x20 { result.removeLast() }
        return result
    }
}
