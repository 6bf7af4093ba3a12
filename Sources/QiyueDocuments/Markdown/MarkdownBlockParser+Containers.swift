/// Containers: block quotes and (nested) lists, parsed by stripping their markers and
/// parsing the inner lines again.
extension MarkdownBlockParser {
    // MARK: - Block quotes

    func parseBlockQuote(_ lines: [MarkdownLine], at index: inout Int, depth: Int) -> MarkdownRawBlock {
        var inner: [MarkdownLine] = []
        var lastWasParagraphText = false
        while index < lines.count {
            let line = lines[index]
            let content = line.droppingIndentation(min(line.indentation, 3))
            if line.indentation < 4, content.text.first == ">" {
                var stripped = content.dropping(1)
                if stripped.text.first == " " { stripped = stripped.dropping(1) }
                inner.append(stripped)
                lastWasParagraphText = !stripped.isBlank
                index += 1
            } else if lastWasParagraphText, !line.isBlank, !interruptsParagraph(lines, at: index) {
                // A lazy continuation line of the quoted paragraph.
                inner.append(line)
                index += 1
            } else {
                break
            }
        }
        return .blockQuote(parse(inner, depth: depth + 1))
    }

    // MARK: - Lists

    func parseList(_ lines: [MarkdownLine], at index: inout Int, first: MarkdownListMarker, depth: Int) -> MarkdownRawBlock {
        var items: [[MarkdownRawBlock]] = []
        var marker = first
        while true {
            var itemLines = [lines[index].dropping(marker.contentOffset)]
            if marker.isEmptyItem { itemLines = [] }
            index += 1
            var previousBlank = marker.isEmptyItem
            while index < lines.count {
                let line = lines[index]
                if line.isBlank {
                    itemLines.append(line.dropping(line.text.count))
                    previousBlank = true
                    index += 1
                    continue
                }
                if line.indentation >= marker.contentIndent {
                    itemLines.append(line.droppingIndentation(marker.contentIndent))
                    previousBlank = false
                    index += 1
                    continue
                }
                if !previousBlank, !interruptsParagraph(lines, at: index), MarkdownListMarker(line.droppingIndentation(line.indentation), indent: line.indentation) == nil {
                    itemLines.append(line.droppingIndentation(line.indentation))
                    index += 1
                    continue
                }
                break
            }
            while let last = itemLines.last, last.isBlank { itemLines.removeLast() }
            items.append(parse(itemLines, depth: depth + 1))
            guard index < lines.count else { break }
            let next = lines[index]
            guard next.indentation < 4,
                  let nextMarker = MarkdownListMarker(next.droppingIndentation(next.indentation), indent: next.indentation),
                  nextMarker.continues(first) else { break }
            marker = nextMarker
        }
        return .list(ordered: first.ordered, start: first.start, items: items)
    }
}
