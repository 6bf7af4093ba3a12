/// GitHub-flavoured pipe tables.
extension MarkdownBlockParser {
    // MARK: - Tables

    func parseTable(_ lines: [MarkdownLine], at index: inout Int) -> MarkdownRawBlock? {
        guard let alignments = Self.delimiterRow(lines[index + 1].trimmed) else { return nil }
        let header = Self.cells(of: lines[index])
        guard header.count == alignments.count else { return nil }
        let opening = lines[index]
        index += 2
        var rows: [[MarkdownLine]] = []
        var rowCount = 1
        var oversized = header.count > DocumentLimits.maximumTableColumns
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || (line.indentation < 4 && interruptsParagraph(lines, at: index) && !line.text.contains("|")) { break }
            if Self.attributeClasses(line.trimmed) != nil || line.trimmed == "\\pagebreak" { break }
            rowCount += 1
            if rowCount * header.count > DocumentLimits.maximumTableCells { oversized = true }
            if oversized {
                // The table is refused: count its rows without splitting their cells.
                rows.removeAll()
                index += 1
                continue
            }
            var cells = Self.cells(of: line)
            if cells.count > header.count {
                // Excess cells are kept in the last column rather than dropped.
                var last = cells[header.count - 1]
                last.text = Substring(cells[(header.count - 1)...].map { String($0.text) }.joined(separator: " | "))
                cells = Array(cells.prefix(header.count - 1)) + [last]
            }
            while cells.count < header.count { cells.append(MarkdownLine(text: "", number: line.number, column: line.column + line.text.count)) }
            rows.append(cells)
            index += 1
        }
        if oversized { return .oversizedTable(line: opening, columns: header.count, rows: rowCount) }
        return .table(header: header, alignments: alignments, rows: rows)
    }

    /// The alignments of a GFM delimiter row such as `| :--- | :---: | ---: |`, or `nil`.
    static func delimiterRow(_ text: Substring) -> [TableAlignment]? {
        guard text.contains("-"), text.allSatisfy({ "|:- \t".contains($0) }) else { return nil }
        var body = text
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|" { body = body.dropLast() }
        var alignments: [TableAlignment] = []
        for part in body.split(separator: "|", omittingEmptySubsequences: false) {
            let cell = MarkdownLine(text: part, number: 0, column: 0).trimmed
            guard cell.contains("-"), cell.dropFirst().dropLast().allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.first == ":", cell.last == ":") {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            default: alignments.append(.left)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a table row: split at unescaped `|`, outer pipes removed, trimmed; `\|`
    /// becomes a literal pipe as GFM prescribes.
    static func cells(of line: MarkdownLine) -> [MarkdownLine] {
        var row = line.droppingIndentation(line.indentation)
        if row.text.first == "|" { row = row.dropping(1) }
        var cells: [MarkdownLine] = []
        var current = ""
        var cellColumn = row.column
        var column = row.column
        var escaped = false
        for character in row.text {
            column += 1
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(Self.cell(current, number: line.number, column: cellColumn))
                current = ""
                cellColumn = column
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        if !MarkdownLine(text: Substring(current), number: 0, column: 0).trimmed.isEmpty || cells.isEmpty {
            cells.append(Self.cell(current, number: line.number, column: cellColumn))
        }
        return cells
    }

    static func cell(_ text: String, number: Int, column: Int) -> MarkdownLine {
        let line = MarkdownLine(text: Substring(text), number: number, column: column)
        let leading = line.text.prefix { $0 == " " || $0 == "\t" }.count
        return MarkdownLine(text: line.trimmed, number: number, column: column + leading)
    }
}
