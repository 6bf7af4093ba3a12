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
            // The shape of the last line read, which the next step may ask for again.
            var cached: (line: Int, shape: LineShape)?
            func shape(_ line: Int) -> LineShape {
                if let cached, cached.line == line { return cached.shape }
                let shape = LineShape(bytes[lineRanges[line]], buffer: &buffer)
                cached = (line, shape)
                return shape
            }
            // A title-shaped line ends its block only when the break before it was hard.
            var continuesSentence = false
            for line in 0..<lineRanges.count - 1 {
                // Most lines close a sentence (…。) or are blank: such a line ends its block
                // whatever follows, so neither its shape nor the next line's is read.
                if LineShape.endsBlockByItsEnd(bytes[lineRanges[line]]) {
                    continuesSentence = false
                    continue
                }
                let current = shape(line)
                if current.endsBlock || (current.isTitleShaped && !continuesSentence) {
                    continuesSentence = false
                    continue
                }
                let next = shape(line + 1)
                let opens = next.startsBlock && !(next.startsByLabelOnly && (current.endsMidPhrase || next.startsByOneCharacterLabel))
                result[line] = !opens
                continuesSentence = result[line]
            }
            return result
        } ?? []
    }
}
