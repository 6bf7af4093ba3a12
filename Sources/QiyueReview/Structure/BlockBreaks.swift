import QiyueCore

/// Which line breaks of a review text end a block and which only wrap running text.
///
/// A sentence of an agreement ends at 。！？； or at the end of its block (a paragraph, a
/// heading, a table cell, a list item), never at a line break that text pasted from a PDF or a
/// Word `w:br` puts inside a sentence: cutting there loses the actor on the first line
/// (甲方承诺…⏎…每亩5万元) and hands a later 履约保证金 to the wrong party. A reader that knows
/// its blocks says so (`LineOrigin.continuesBlock`); for a plain file the break is inferred
/// from the lines on both sides of it.
enum BlockBreaks {
    /// For each 0-based line, whether the break after it is soft (the next line continues
    /// the same block).
    static func softBreaks(of extracted: ExtractedText) -> [Bool] {
        if extracted.declaresBlocks {
            return (0..<extracted.origins.count).map { line in line + 1 < extracted.origins.count && extracted.origins[line + 1].continuesBlock }
        }
        return inferred(extracted.text)
    }

    /// Breaks inferred from the text: a break is soft unless a line on either side is blank, the
    /// line before closes a sentence or a lead-in, is a heading, a table row or a short title,
    /// or the line after opens a heading, list item, table row, role or signature line.
    static func inferred(_ text: String) -> [Bool] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Bool] in
            // Lines by the one newline rule (`LineIndex`): a CR of a CRLF left at a line's end
            // reads as blank to `LineShape`.
            let starts = LineIndex.byteLineStarts(of: bytes)
            let lineRanges = starts.indices.map { line in
                starts[line]..<(line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count)
            }
            guard lineRanges.count > 1 else { return [false] }
            var result = [Bool](repeating: false, count: lineRanges.count)
            var buffer: [Unicode.Scalar] = []
            buffer.reserveCapacity(LineShape.headReach)
            var current = LineShape(bytes[lineRanges[0]], buffer: &buffer)
            // A title-shaped line ends its block only when the break before it was hard.
            var continuesSentence = false
            for line in 0..<lineRanges.count - 1 {
                let next = LineShape(bytes[lineRanges[line + 1]], buffer: &buffer)
                let ends = current.endsBlock || (current.isTitleShaped && !continuesSentence)
                let opens = next.startsBlock && !(next.startsByLabelOnly && (current.endsMidPhrase || next.startsByOneCharacterLabel))
                result[line] = !ends && !opens
                continuesSentence = result[line]
                current = next
            }
            return result
        } ?? []
    }
}
